import "server-only";
import fs from "node:fs";
import { findImage, type ImageRow, updateImage } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { mediaPath } from "@/lib/media/paths";
import { defaultUpstreamUploader, type UpstreamUploader } from "./upstream-uploader";

/** APIMart keeps uploads for 72 h; refreshing two hours early leaves room for a queued task to fetch it. */
export const UPSTREAM_URL_MAX_AGE_MS = 70 * 60 * 60 * 1000;

export type FreshUrlDeps = {
  uploadImage?: UpstreamUploader;
  now?: () => number;
  /** Whether upstream says the URL is gone (404/410); the default asks with a HEAD request. */
  isGone?: (url: string) => Promise<boolean>;
};

/**
 * Upstream can drop a file before its documented 72 h (or a clock can be off), so a young URL is still checked.
 * Only a definite "gone" counts; a network hiccup keeps the URL.
 */
async function headSaysGone(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(5_000), redirect: "follow" });
    return response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}

export function isUpstreamUrlFresh(row: Pick<ImageRow, "upstreamUrl" | "upstreamUploadedAt">, now: number): boolean {
  return (
    typeof row.upstreamUrl === "string" &&
    row.upstreamUrl !== "" &&
    row.upstreamUploadedAt !== null &&
    now - row.upstreamUploadedAt < UPSTREAM_URL_MAX_AGE_MS
  );
}

export function storedFilePath(row: Pick<ImageRow, "file">): string | undefined {
  const file = mediaPath("images", row.file);
  return file && fs.existsSync(file) ? file : undefined;
}

// One re-upload per image at a time: a remix and a retry of the same recipe must not upload twice.
const inFlight = new Map<string, Promise<ImageRow>>();

async function reupload(row: ImageRow, deps: FreshUrlDeps): Promise<ImageRow> {
  const file = storedFilePath(row);
  if (!file) {
    throw new AppError("not_found", `The reference image ${row.name} is no longer stored. Add it to the tray again.`, {
      detail: `image ${row.id}: file ${row.file} missing`,
    });
  }
  const uploadImage = deps.uploadImage ?? defaultUpstreamUploader;
  // Taken before sending: the URL's 72 h start no later than this.
  const sentAt = (deps.now ?? Date.now)();
  const blob = new Blob([await fs.promises.readFile(file)], { type: row.contentType });
  // The stored name (a random id), never the creator's file name, goes upstream.
  const uploaded = await uploadImage(blob, row.file);
  return updateImage(row.id, { upstreamUrl: uploaded.url, upstreamUploadedAt: sentAt }) ?? row;
}

/** The row with an upstream URL good for at least a couple of hours more, re-uploading when needed. */
export async function refreshIfStale(row: ImageRow, deps: FreshUrlDeps = {}): Promise<ImageRow> {
  if (
    isUpstreamUrlFresh(row, (deps.now ?? Date.now)()) &&
    !(await (deps.isGone ?? headSaysGone)(row.upstreamUrl ?? ""))
  ) {
    return row;
  }
  const pending = inFlight.get(row.id);
  if (pending) return pending;
  const work = reupload(row, deps).finally(() => inFlight.delete(row.id));
  inFlight.set(row.id, work);
  return work;
}

/**
 * The URL to send in image_urls for a stored image. APIMart's upload URLs die after 72 h, so an old
 * recipe (remix, retry) re-uploads the app's own copy first when its URL is older than ~70 h or missing.
 */
export async function ensureFreshUpstreamUrl(imageId: string, deps: FreshUrlDeps = {}): Promise<string> {
  const row = findImage(imageId);
  if (!row) {
    throw new AppError("not_found", "A reference image of this recipe is no longer stored. Add it again.", {
      detail: `image ${imageId} not found`,
    });
  }
  const fresh = await refreshIfStale(row, deps);
  if (!fresh.upstreamUrl) throw new AppError("internal", undefined, { detail: `image ${imageId} has no upstream URL` });
  return fresh.upstreamUrl;
}
