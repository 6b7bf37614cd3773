import { z } from "zod";
import { type ReferType, referTypes } from "@/lib/generations/settings";

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

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000);

export const videoCheckSchema = z.object({
  durationSeconds: z.number().positive().max(600),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  fps: z.number().positive().optional(),
  description: z.string().max(200),
  posterUrl: z.string().min(1).optional(),
}) satisfies z.ZodType<VideoCheck>;

export const videoRefSchema = z.object({
  url: httpUrl,
  referType: z.enum(referTypes),
  keepOriginalSound: z.boolean(),
  check: videoCheckSchema.optional(),
}) satisfies z.ZodType<VideoRef>;

/** What the browser may say about a video at submit: which one and how to use it, never what it measured. */
export const videoChoiceSchema = videoRefSchema.pick({ url: true, referType: true, keepOriginalSound: true });
export type VideoChoice = z.output<typeof videoChoiceSchema>;

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
