import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { withMediaSlot } from "./media-slots";

const run = promisify(execFile);

/** What the rules need to know about a video file. */
export type VideoProbe = {
  /** "mp4" | "mov" for the QuickTime family; otherwise the demuxer's name ("webm", "mkv", "avi", "gif"…). */
  container: "mp4" | "mov" | (string & {});
  durationSeconds: number;
  /** Display size: a phone clip stored 1920×1080 with a 90° rotation reports 1080×1920. */
  width: number;
  height: number;
  fps: number;
  hasAudio: boolean;
  bytes: number;
  /** Video codec as ffprobe names it ("h264", "hevc", "vp8"…). */
  codec: string;
};

/**
 * Demuxers ffprobe/ffmpeg may pick. Anything else (HLS playlists, concat lists, image sequences…) is refused:
 * those formats make ffmpeg open further files or URLs named inside the download, which would bypass the
 * public-URL check. Non-MP4/MOV entries are only here so the creator hears "is a WebM file" instead of
 * "not a video".
 */
export const PROBE_FORMATS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,gif,flv,mpegts,ogg,asf,mpeg";

/** Input options that keep ffmpeg/ffprobe on the one local file. */
export const SAFE_INPUT_ARGS = ["-protocol_whitelist", "file", "-format_whitelist", PROBE_FORMATS] as const;

const tags = z.record(z.string(), z.unknown()).optional();

const probeSchema = z.object({
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        width: z.number().int().positive().optional(),
        height: z.number().int().positive().optional(),
        avg_frame_rate: z.string().optional(),
        r_frame_rate: z.string().optional(),
        duration: z.string().optional(),
        disposition: z.object({ attached_pic: z.number().optional() }).optional(),
        tags,
        side_data_list: z.array(z.object({ rotation: z.number().optional() })).optional(),
      }),
    )
    .default([]),
  format: z.object({
    format_name: z.string(),
    duration: z.string().optional(),
    tags,
  }),
});

export type ProbeOptions = { timeoutMs?: number; ffprobePath?: string };

/** Runs ffprobe on a local file. Throws AppError("invalid_request") when it is not a readable video. */
export async function probeVideo(filePath: string, options: ProbeOptions = {}): Promise<VideoProbe> {
  let stdout: string;
  try {
    ({ stdout } = await withMediaSlot(() =>
      run(
        options.ffprobePath ?? "ffprobe",
        ["-v", "error", ...SAFE_INPUT_ARGS, "-print_format", "json", "-show_format", "-show_streams", filePath],
        { timeout: options.timeoutMs ?? 15_000, maxBuffer: 8 * 1024 * 1024, windowsHide: true },
      ),
    ));
  } catch (cause) {
    throw probeFailure(cause);
  }
  const [bytes, head] = await Promise.all([fs.promises.stat(filePath).then((s) => s.size), readHead(filePath)]);
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch (cause) {
    throw new AppError("internal", "Could not read the video details.", { cause, detail: stdout.slice(0, 500) });
  }
  return parseProbe(json, { bytes, head });
}

/** Turns ffprobe's JSON into a VideoProbe. `head` is the file's first bytes (tells WebM from MKV). */
export function parseProbe(json: unknown, file: { bytes: number; head: Buffer }): VideoProbe {
  const parsed = probeSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError("invalid_request", NOT_A_VIDEO, { detail: parsed.error.message });
  }
  const { streams, format } = parsed.data;
  // Cover art in an MP4/MP3 is a one-frame "video" stream; it is not the video.
  const video = streams.find((s) => s.codec_type === "video" && s.disposition?.attached_pic !== 1);
  if (!video || video.width === undefined || video.height === undefined) {
    throw new AppError("invalid_request", "The file has no video track; use an MP4 or MOV video.");
  }
  const durationSeconds = positiveNumber(format.duration) ?? positiveNumber(video.duration);
  if (durationSeconds === undefined) {
    throw new AppError("invalid_request", "Could not tell how long the video is; re-export it as MP4.");
  }
  const fps = parseFrameRate(video.avg_frame_rate) ?? parseFrameRate(video.r_frame_rate);
  if (fps === undefined) {
    throw new AppError("invalid_request", "Could not read the video's frame rate; re-export it as MP4.");
  }
  const rotated = Math.abs(rotationOf(video)) % 180 === 90;
  return {
    container: containerOf(format.format_name, format.tags, file.head),
    durationSeconds,
    width: rotated ? video.height : video.width,
    height: rotated ? video.width : video.height,
    fps,
    hasAudio: streams.some((s) => s.codec_type === "audio"),
    bytes: file.bytes,
    codec: video.codec_name ?? "unknown",
  };
}

/** "30000/1001" → 29.97…, "30/1" → 30; "0/0" (unknown) → undefined. */
export function parseFrameRate(rate: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(rate?.trim() ?? "");
  if (!match) return undefined;
  const value = Number(match[1]) / (match[2] === undefined ? 1 : Number(match[2]));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * ffprobe names the QuickTime demuxer "mov,mp4,m4a,3gp,3g2,mj2" for MP4 and MOV alike; the major brand
 * tells them apart ("qt  " is QuickTime). Matroska and WebM also share a demuxer; the EBML DocType near the
 * start of the file says which.
 */
function containerOf(formatName: string, formatTags: Record<string, unknown> | undefined, head: Buffer): string {
  const names = formatName.split(",");
  if (names.includes("mov") || names.includes("mp4")) {
    return formatTags?.major_brand === "qt  " ? "mov" : "mp4";
  }
  if (names.includes("matroska") || names.includes("webm")) {
    return head.subarray(0, 64).includes("webm") ? "webm" : "mkv";
  }
  return names[0] ?? formatName;
}

function rotationOf(video: { tags?: Record<string, unknown>; side_data_list?: { rotation?: number }[] }): number {
  const fromSideData = video.side_data_list?.find((d) => d.rotation !== undefined)?.rotation;
  if (fromSideData !== undefined) return fromSideData;
  const fromTag = Number(video.tags?.rotate); // older ffprobe versions
  return Number.isFinite(fromTag) ? fromTag : 0;
}

function positiveNumber(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const NOT_A_VIDEO = "The file is not a video we can read; use MP4 or MOV.";

function probeFailure(cause: unknown): AppError {
  const error = cause as { code?: unknown; killed?: boolean; stderr?: unknown };
  const detail = `ffprobe: ${String(error.stderr ?? cause).slice(0, 500)}`;
  if (error.code === "ENOENT") {
    return new AppError("internal", "Video checking is not available on this server.", { cause, detail });
  }
  if (error.killed) {
    return new AppError("timeout", "Reading the video took too long; try a shorter or smaller file.", {
      cause,
      detail,
    });
  }
  // A non-zero exit: ffprobe could not make sense of the bytes (or the demuxer is not allowed).
  return new AppError("invalid_request", NOT_A_VIDEO, { cause, detail });
}
