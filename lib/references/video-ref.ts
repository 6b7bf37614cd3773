import { type ReferType, referTypes } from "@/lib/generations/settings";
import { isFiniteNumber, isOneOf, isRecord, isSafeInt, isText, readHttpUrl } from "@/lib/json/guards";

/** What the server measured when it checked a reference video (download, ffprobe, the kling-video-o1 rules). */
export type VideoCheck = {
  durationSeconds: number;
  /** Display size (rotation applied) and frame rate; absent only in rows stored before they were kept. */
  width?: number;
  height?: number;
  fps?: number;
  /** "1920×1080 · 5.0 s · 30 fps · MP4", for the creator. */
  description: string;
  /** The app's poster frame of the video (/media/posters/…), for <img>; absent when no frame could be taken. */
  posterUrl?: string;
};

/** The reference video, the same from the composer to a remix. */
export type VideoRef = {
  /** What `video_list[0].video_url` carries: a public URL APIMart fetches. */
  url: string;
  referType: ReferType;
  keepOriginalSound: boolean;
  /** The server's check; absent until it has run. The server checks again at submit, whatever this says. */
  check?: VideoCheck;
};

/** What the browser may say about a video at submit: which one and how to use it, never what it measured. */
export type VideoChoice = { url: string; referType: ReferType; keepOriginalSound: boolean };

/** The longest video URL accepted (the schema's `httpUrl`). */
export const VIDEO_URL_MAX = 2000;

function positive(value: unknown): value is number {
  return isFiniteNumber(value) && value > 0;
}

/** A `VideoCheck` from JSON, by the rules of `videoCheckSchema` (video-ref-schema.ts), extra keys dropped. */
export function readVideoCheck(value: unknown): VideoCheck | undefined {
  if (!isRecord(value)) return undefined;
  const { durationSeconds, width, height, fps, description, posterUrl } = value;
  if (!positive(durationSeconds) || durationSeconds > 600 || !isText(description, 0, 200)) return undefined;
  if (width !== undefined && !(isSafeInt(width) && width > 0)) return undefined;
  if (height !== undefined && !(isSafeInt(height) && height > 0)) return undefined;
  if (fps !== undefined && !positive(fps)) return undefined;
  if (posterUrl !== undefined && !isText(posterUrl, 1)) return undefined;
  // In the schema's key order, as a zod parse would give it (the draft is saved back with JSON.stringify).
  return {
    durationSeconds,
    ...(width !== undefined && { width }),
    ...(height !== undefined && { height }),
    ...(fps !== undefined && { fps }),
    description,
    ...(posterUrl !== undefined && { posterUrl }),
  };
}

/** A `VideoRef` from JSON (the stored draft), by the rules of `videoRefSchema`, extra keys dropped. */
export function readVideoRef(value: unknown): VideoRef | undefined {
  if (!isRecord(value)) return undefined;
  const url = readHttpUrl(value.url, VIDEO_URL_MAX);
  const { referType, keepOriginalSound, check: rawCheck } = value;
  if (url === undefined || !isOneOf(referTypes, referType) || typeof keepOriginalSound !== "boolean") return undefined;
  if (rawCheck === undefined) return { url, referType, keepOriginalSound };
  const check = readVideoCheck(rawCheck);
  return check ? { url, referType, keepOriginalSound, check } : undefined;
}

export function videoChoice(video: VideoRef): VideoChoice {
  return { url: video.url, referType: video.referType, keepOriginalSound: video.keepOriginalSound };
}

/** The measured facts of a probe, plus the poster the app kept (if any). */
export function videoCheckFrom(
  probe: { durationSeconds: number; width: number; height: number; fps: number },
  description: string,
  posterUrl: string | undefined,
): VideoCheck {
  const check: VideoCheck = {
    durationSeconds: probe.durationSeconds,
    width: probe.width,
    height: probe.height,
    fps: probe.fps,
    description,
  };
  if (posterUrl) check.posterUrl = posterUrl;
  return check;
}
