import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { IncomingMessage } from "node:http";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { fetchAllowList } from "@/lib/net/fetch-policy";
import { type GuardPolicy, guardedGet } from "@/lib/net/guarded-get";
import type { Resolver } from "@/lib/net/resolve-host";
import { OutOfTempSpace, saveStream, TooLarge } from "@/lib/net/save-stream";
import { UrlRefused } from "@/lib/net/url-refused";
import { formatLimitMegabytes, formatMegabytes } from "./format";
import { ownMediaFile } from "./own-media";
import { VIDEO_LIMITS } from "./rules";
import { videoUrlError } from "./video-url-errors";

export const DEFAULT_MAX_BYTES = VIDEO_LIMITS.maxBytes;
/** Upstream fetches reference videos with a 30 s timeout too (fal doc, §8). */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export type DownloadOptions = {
  maxBytes?: number;
  /** For the whole download: DNS, redirects, headers and body. */
  timeoutMs?: number;
  /** host:port pairs reachable although not public; the app's configured list (fetchAllowList) by default. */
  allowList?: Iterable<string>;
  resolver?: Resolver;
  /** Tests only; see GuardPolicy.dialForTest. */
  dialForTest?: GuardPolicy["dialForTest"];
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

function policyOf(options: DownloadOptions): GuardPolicy {
  return {
    allowList: new Set(options.allowList ?? fetchAllowList()),
    publicProtocols: ["http:", "https:"],
    maxRedirects: MAX_REDIRECTS,
    resolver: options.resolver,
    dialForTest: options.dialForTest,
  };
}

/**
 * Downloads a creator's video URL to a temporary file through the public-address guard (every hop checked,
 * the checked address pinned), with the size cap enforced while streaming.
 */
export async function downloadVideo(url: string, options: DownloadOptions = {}): Promise<DownloadedVideo> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const fail = (error: unknown): never => {
    if (error instanceof UrlRefused) throw videoUrlError(error, timeoutMs);
    throw error;
  };
  const response = await guardedGet(url, policyOf(options), {
    signal,
    headers: {
      accept: "video/mp4, video/quicktime, video/*;q=0.9, */*;q=0.5",
      "user-agent": "O1Studio/1 (reference video check)",
    },
  }).catch(fail);
  const body = response.body;
  try {
    assertUsableStatus(response.status, response.url);
    const contentType = mediaType(header(response.headers["content-type"]));
    if (contentType !== null && isClearlyNotVideo(contentType)) {
      throw new AppError("invalid_request", `That URL did not return a video (it returned ${contentType}).`);
    }
    const declared = Number(header(response.headers["content-length"]) ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      throw new AppError(
        "invalid_request",
        `The video is ${formatMegabytes(declared)}; the limit is ${formatLimitMegabytes(maxBytes)}.`,
      );
    }
    const file = path.join(options.tempDir ?? os.tmpdir(), `o1-reference-${randomUUID()}`);
    const bytes = await save(body, file, { maxBytes, signal, timeoutMs, host: response.url.host });
    return { path: file, bytes, contentType, finalUrl: response.url.href };
  } finally {
    body.destroy();
  }
}

/**
 * Downloads (or, for the app's own /media copy, reads in place), hands the file to `fn`, and deletes a
 * downloaded file afterwards.
 */
export async function withDownloadedVideo<T>(
  url: string,
  fn: (video: DownloadedVideo) => Promise<T>,
  options: DownloadOptions = {},
): Promise<T> {
  const own = await ownMediaFile(url);
  if (own) return fn({ path: own.path, bytes: own.bytes, contentType: null, finalUrl: url });
  const video = await downloadVideo(url, options);
  try {
    return await fn(video);
  } finally {
    await fs.promises.rm(video.path, { force: true });
  }
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function assertUsableStatus(status: number, target: URL): void {
  if (status >= 200 && status < 300) return;
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

async function save(
  body: IncomingMessage,
  file: string,
  limits: { maxBytes: number; signal: AbortSignal; timeoutMs: number; host: string },
): Promise<number> {
  let received: number;
  try {
    received = await saveStream(body, file, { maxBytes: limits.maxBytes, signal: limits.signal });
  } catch (cause) {
    if (cause instanceof TooLarge) {
      throw new AppError(
        "invalid_request",
        `The video is larger than the ${formatLimitMegabytes(limits.maxBytes)} limit.`,
      );
    }
    if (cause instanceof OutOfTempSpace) {
      throw new AppError("rate_limit", "The server is busy checking other videos; try again in a minute.");
    }
    const reason = limits.signal.aborted ? "timeout" : "connect_failed";
    throw videoUrlError(new UrlRefused(reason, 0, limits.host, String(cause), { cause }), limits.timeoutMs);
  }
  if (received === 0) {
    await fs.promises.rm(file, { force: true });
    throw new AppError("invalid_request", "That URL returned an empty file instead of a video.");
  }
  return received;
}

/** "text/html; charset=utf-8" → "text/html"; odd values become a neutral word so they never echo raw headers. */
function mediaType(value: string | null): string | null {
  if (value === null || value.trim() === "") return null;
  const type = value.split(";")[0]?.trim().toLowerCase() ?? "";
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
