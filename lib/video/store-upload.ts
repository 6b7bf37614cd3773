import "server-only";
import fs from "node:fs";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { OutOfTempSpace, saveStream, TooLarge } from "@/lib/net/save-stream";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { DEFAULT_MAX_BYTES } from "./fetch-video";
import { formatMegabytes } from "./format";
import { extractPosterJpeg } from "./poster";
import { probeVideo, type VideoProbe } from "./probe";
import { checkVideo, type ReferType } from "./rules";

/**
 * Whether APIMart could fetch an uploaded video: from a bucket by presigned URL always; from this app's own
 * `/media` only when it is public (a loopback public URL only works with the local simulator).
 */
export function publicUrlReachable(storage: Pick<MediaStorage, "kind">): boolean {
  if (storage.kind === "s3") return true;
  const config = env();
  const host = new URL(config.publicBaseUrl).hostname;
  const local = host === "localhost" || host.startsWith("127.") || host === "[::1]" || host === "::1";
  return config.usingSimulator || !local;
}

/** An uploaded reference video that passed every rule, still in the storage's local scratch area. */
export type CheckedUpload = { file: string; extension: "mp4" | "mov"; probe: VideoProbe; posterJpeg: Buffer | null };

/**
 * Receives an uploaded reference video (streamed, capped) into the storage's scratch area, which is never served,
 * and checks it with ffprobe against the rules. The caller keeps it (`keepReferenceVideo`, which moves it into
 * storage under its content name); a file that breaks a rule is deleted here.
 */
export async function storeReferenceVideo(
  storage: MediaStorage,
  body: ReadableStream<Uint8Array>,
  options: { fileName: string; referType: ReferType; declaredBytes?: number },
): Promise<CheckedUpload> {
  if (!publicUrlReachable(storage)) {
    throw new AppError(
      "invalid_request",
      "Uploaded videos are served from this app, and APIMart cannot reach it at localhost. Set PUBLIC_BASE_URL to this app's public address, or paste a public video URL instead.",
    );
  }
  const maxBytes = DEFAULT_MAX_BYTES;
  if (options.declaredBytes !== undefined && options.declaredBytes > maxBytes) {
    throw new AppError(
      "invalid_request",
      `${options.fileName} is ${formatMegabytes(options.declaredBytes)}; the limit is ${formatMegabytes(maxBytes)}.`,
    );
  }
  const file = await storage.scratchPath(".upload");
  try {
    await saveStream(Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>), file, { maxBytes }).catch(
      (cause: unknown) => {
        if (cause instanceof TooLarge) {
          throw new AppError("invalid_request", `${options.fileName} is over the ${formatMegabytes(maxBytes)} limit.`);
        }
        if (cause instanceof OutOfTempSpace) {
          throw new AppError("rate_limit", "The server is busy storing other videos; try again in a minute.");
        }
        throw cause;
      },
    );
    const probe = await probeVideo(file);
    const problems = checkVideo(probe, { referType: options.referType, fileName: options.fileName });
    if (problems.length > 0)
      throw new AppError("invalid_request", problems.map((problem) => problem.message).join(" "));
    const posterJpeg = await extractPosterJpeg(file).catch(() => null);
    // Served with the content type its extension names, so a MOV keeps .mov.
    return { file, extension: probe.container === "mov" ? "mov" : "mp4", probe, posterJpeg };
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_request", `${options.fileName} could not be read as a video. Use MP4 or MOV.`, {
      cause: error,
      detail: String(error),
    });
  }
}
