import "server-only";
import { findImage, type ImageRow, updateImage } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import type { UploadDeps } from "./upload-deps";

/** APIMart keeps uploads for 72 h; refreshing two hours early leaves room for a queued task to fetch it. */
export const UPSTREAM_URL_MAX_AGE_MS = 70 * 60 * 60 * 1000;

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

/**
 * Sends the app's copy to APIMart again. Two refreshes of one image at once (a remix and a retry) may both
 * upload — harmless, as uploads cost nothing and either URL works; the later answer is the one kept.
 */
async function reupload(deps: UploadDeps, row: ImageRow): Promise<ImageRow> {
  const bytes = await deps.storage.readBuffer("images", row.file);
  if (!bytes) {
    throw new AppError("not_found", `The reference image ${row.name} is no longer stored. Add it to the tray again.`, {
      detail: `image ${row.id}: file ${row.file} missing`,
    });
  }
  // Taken before sending: the URL's 72 h start no later than this.
  const sentAt = deps.clock.now();
  // The stored name (a random id), never the creator's file name, goes upstream.
  const uploaded = await deps.upstream.uploadImage(
    new Blob([new Uint8Array(bytes)], { type: row.contentType }),
    row.file,
  );
  const saved = await updateImage(deps.db, row.id, { upstreamUrl: uploaded.url, upstreamUploadedAt: sentAt });
  return saved ?? { ...row, upstreamUrl: uploaded.url, upstreamUploadedAt: sentAt };
}

/** The row with an upstream URL good for at least a couple of hours more, re-uploading when needed. */
export async function refreshIfStale(deps: UploadDeps, row: ImageRow): Promise<ImageRow> {
  const fresh = isUpstreamUrlFresh(row, deps.clock.now());
  if (fresh && !(await (deps.isGone ?? headSaysGone)(row.upstreamUrl ?? ""))) return row;
  return reupload(deps, row);
}

/**
 * The URL to send in image_urls for a stored image. APIMart's upload URLs die after 72 h, so an old
 * recipe (remix, retry) re-uploads the app's own copy first when its URL is older than ~70 h or missing.
 */
export async function ensureFreshUpstreamUrl(deps: UploadDeps, imageId: string): Promise<string> {
  const row = await findImage(deps.db, imageId);
  if (!row) {
    throw new AppError("not_found", "A reference image of this recipe is no longer stored. Add it again.", {
      detail: `image ${imageId} not found`,
    });
  }
  const fresh = await refreshIfStale(deps, row);
  if (!fresh.upstreamUrl) throw new AppError("internal", undefined, { detail: `image ${imageId} has no upstream URL` });
  return fresh.upstreamUrl;
}
