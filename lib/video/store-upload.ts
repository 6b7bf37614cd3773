import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { mediaDir, mediaPath } from "@/lib/media/paths";
import { OutOfTempSpace, saveStream, TooLarge } from "@/lib/net/save-stream";
import { DEFAULT_MAX_BYTES } from "./fetch-video";
import { formatMegabytes } from "./format";
import { extractPosterJpeg } from "./poster";
import { probeVideo, type VideoProbe } from "./probe";
import { checkVideo, type ReferType } from "./rules";

/** Whether APIMart could fetch from this app: a loopback public URL only works with the local simulator. */
export function publicUrlReachable(): boolean {
  const config = env();
  const host = new URL(config.publicBaseUrl).hostname;
  const local = host === "localhost" || host.startsWith("127.") || host === "[::1]" || host === "::1";
  return config.usingSimulator || !local;
}

/**
 * Stores an uploaded reference video (streamed, capped), checks it with ffprobe against the rules, and returns the
 * public URL APIMart will fetch it from. A file that breaks a rule is deleted again.
 */
export async function storeReferenceVideo(
  body: ReadableStream<Uint8Array>,
  options: { fileName: string; referType: ReferType; declaredBytes?: number },
): Promise<{ url: string; probe: VideoProbe; posterJpeg: Buffer | null }> {
  if (!publicUrlReachable()) {
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
  const name = `${randomUUID()}.mp4`;
  const final = mediaPath("references", name);
  if (!final) throw new AppError("internal");
  await fs.promises.mkdir(mediaDir("references"), { recursive: true });
  // A dot name is never served (mediaPath refuses it): the file becomes public only once every rule passed.
  const file = path.join(mediaDir("references"), `.checking-${name}`);
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
    const servedName = probe.container === "mov" ? name.replace(/\.mp4$/, ".mov") : name;
    await fs.promises.rename(file, mediaPath("references", servedName) ?? final);
    return { url: `${env().publicBaseUrl}/media/references/${servedName}`, probe, posterJpeg };
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_request", `${options.fileName} could not be read as a video. Use MP4 or MOV.`, {
      cause: error,
      detail: String(error),
    });
  }
}
