import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors";
import { formatLimitMegabytes, formatMegabytes, formatTimeout } from "./format";
import { assertPublicHttpUrl, type HostLookup } from "./public-url";
import { VIDEO_LIMITS } from "./rules";

export const DEFAULT_MAX_BYTES = VIDEO_LIMITS.maxBytes;
/** Upstream fetches reference videos with a 30 s timeout too (fal doc, §8). */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 3;

export type DownloadOptions = {
  maxBytes?: number;
  /** For the whole download: DNS, redirects, headers and body. */
  timeoutMs?: number;
  allowHosts?: readonly string[];
  lookup?: HostLookup;
  /** Where the temporary file goes; the OS temp directory by default. */
  tempDir?: string;
};

export type DownloadedVideo = {
  /** Temporary file; the caller deletes it (withDownloadedVideo does). */
  path: string;
  bytes: number;
  /** Media type the host declared, without parameters; null when it sent none. */
  contentType: string | null;
  /** Where the bytes came from after redirects. */
  finalUrl: string;
};

/**
 * Downloads a creator's video URL to a temporary file. Redirects are followed by hand so every hop gets the
 * public-address check (fetch would follow them blindly), and the size cap is enforced while streaming.
 */
export async function downloadVideo(url: string, options: DownloadOptions = {}): Promise<DownloadedVideo> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const { response, finalUrl } = await openFollowingRedirects(url, options, signal, timeoutMs);

  const contentType = mediaType(response.headers.get("content-type"));
  if (contentType !== null && isClearlyNotVideo(contentType)) {
    await discard(response);
    throw new AppError("invalid_request", `That URL did not return a video (it returned ${contentType}).`);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    throw new AppError(
      "invalid_request",
      `The video is ${formatMegabytes(declared)}; the limit is ${formatLimitMegabytes(maxBytes)}.`,
    );
  }

  const file = path.join(options.tempDir ?? os.tmpdir(), `o1-reference-${randomUUID()}`);
  const bytes = await saveBody(response, file, { maxBytes, signal, timeoutMs, host: finalUrl.host });
  return { path: file, bytes, contentType, finalUrl: finalUrl.href };
}

/** Downloads, hands the file to `fn`, and always deletes it afterwards. */
export async function withDownloadedVideo<T>(
  url: string,
  fn: (video: DownloadedVideo) => Promise<T>,
  options: DownloadOptions = {},
): Promise<T> {
  const video = await downloadVideo(url, options);
  try {
    return await fn(video);
  } finally {
    await fs.promises.rm(video.path, { force: true });
  }
}

async function openFollowingRedirects(
  url: string,
  options: DownloadOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<{ response: Response; finalUrl: URL }> {
  const check = { allowHosts: options.allowHosts, lookup: options.lookup, signal };
  let target = await assertPublicHttpUrl(url, check);
  for (let redirects = 0; ; redirects++) {
    const response = await request(target, signal, timeoutMs);
    if (![301, 302, 303, 307, 308].includes(response.status)) {
      await assertUsableStatus(response, target);
      return { response, finalUrl: target };
    }
    await discard(response);
    const location = response.headers.get("location");
    if (!location) {
      throw new AppError("invalid_request", `That URL answered with a redirect (${response.status}) but no target.`);
    }
    if (redirects >= MAX_REDIRECTS) {
      throw new AppError(
        "invalid_request",
        `The video URL redirects more than ${MAX_REDIRECTS} times; link to the video file itself.`,
      );
    }
    let next: string;
    try {
      next = new URL(location, target).href;
    } catch {
      throw new AppError("invalid_request", "The video URL redirects to an invalid address.");
    }
    target = await assertPublicHttpUrl(next, { ...check, via: "redirect" });
  }
}

async function request(target: URL, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(target, {
      redirect: "manual",
      signal,
      headers: {
        accept: "video/mp4, video/quicktime, video/*;q=0.9, */*;q=0.5",
        "user-agent": "O1Studio/1 (reference video check)",
      },
    });
  } catch (cause) {
    throw transferError(cause, signal, timeoutMs, target.host);
  }
}

async function assertUsableStatus(response: Response, target: URL): Promise<void> {
  if (response.ok) return;
  await discard(response);
  const status = response.status;
  const detail = `GET ${target.origin}${target.pathname} -> ${status}`;
  if (status === 404 || status === 410) {
    const message = `That URL returned ${status} (not found); check the link and that the video is public.`;
    throw new AppError("invalid_request", message, { status, detail });
  }
  if (status === 401 || status === 403) {
    const message = `That URL refused access (${status}); the video must be public, without a login or hotlink protection.`;
    throw new AppError("invalid_request", message, { status, detail });
  }
  if (status >= 500) {
    const message = `The video host answered with an error (${status}). Try again in a moment.`;
    throw new AppError("network", message, { status, detail });
  }
  throw new AppError("invalid_request", `That URL did not return a video (it answered ${status}).`, { status, detail });
}

async function saveBody(
  response: Response,
  file: string,
  limits: { maxBytes: number; signal: AbortSignal; timeoutMs: number; host: string },
): Promise<number> {
  let received = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      // No Content-Length (or a wrong one): stop as soon as the cap is passed instead of filling the disk.
      if (received > limits.maxBytes) {
        const message = `The video is larger than the ${formatLimitMegabytes(limits.maxBytes)} limit.`;
        callback(new AppError("invalid_request", message));
        return;
      }
      callback(null, chunk);
    },
  });
  try {
    if (response.body) {
      const body = Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>);
      await pipeline(body, cap, fs.createWriteStream(file, { flags: "wx" }));
    }
  } catch (cause) {
    await fs.promises.rm(file, { force: true });
    if (cause instanceof AppError) throw cause;
    throw transferError(cause, limits.signal, limits.timeoutMs, limits.host);
  }
  if (received === 0) {
    await fs.promises.rm(file, { force: true });
    throw new AppError("invalid_request", "That URL returned an empty file instead of a video.");
  }
  return received;
}

function transferError(cause: unknown, signal: AbortSignal, timeoutMs: number, host: string): AppError {
  if (cause instanceof AppError) return cause;
  const detail = String((cause as { cause?: unknown } | null)?.cause ?? cause);
  // The only abort source is the overall timeout signal.
  if (signal.aborted) {
    const message = `The video host did not send the video within ${formatTimeout(timeoutMs)}.`;
    return new AppError("timeout", message, { cause, detail });
  }
  const message = `Could not download the video from ${host}; check that the URL works.`;
  return new AppError("network", message, { cause, detail });
}

/** "text/html; charset=utf-8" → "text/html"; odd values become a neutral word so they never echo raw headers. */
function mediaType(header: string | null): string | null {
  if (header === null || header.trim() === "") return null;
  const type = header.split(";")[0]?.trim().toLowerCase() ?? "";
  return /^[a-z0-9!#$&^_.+-]{1,40}\/[a-z0-9!#$&^_.+-]{1,80}$/.test(type) ? type : "an unknown type";
}

const notVideoTypes = new Set([
  "application/javascript",
  "application/pdf",
  "application/zip",
  "application/x-www-form-urlencoded",
]);

/**
 * Only types that are certainly not video are refused here. Hosts label real videos loosely
 * (application/octet-stream, binary/octet-stream, none), so anything else goes on to ffprobe, which decides.
 */
function isClearlyNotVideo(type: string): boolean {
  if (/^(text|image|audio|font|model|multipart|message)\//.test(type)) return true;
  if (/[+/](json|xml)$/.test(type)) return true;
  return notVideoTypes.has(type);
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
