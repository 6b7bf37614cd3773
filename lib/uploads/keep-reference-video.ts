import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { videoCheck } from "@/lib/generations/reference-video";
import type { UploadedVideo } from "@/lib/references/uploaded-video";
import { mediaNameOf } from "@/lib/storage/media-names";
import type { VideoProbe } from "@/lib/video/probe";

/** How long a handed-out reference video link must work (S3 presigned; the folder's links do not expire). */
const FETCHABLE_FOR_SECONDS = 7 * 24 * 60 * 60;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}

/**
 * A reference video the creator uploaded (stored and checked by lib/video/store-upload), kept once per content:
 * it is renamed to `ref-<sha256>.<ext>`, and the same file uploaded again reuses that copy (up to 200 MB each,
 * twenty uploads of one clip keep one file and one poster).
 */
export async function keepReferenceVideo(
  deps: Pick<LifecycleDeps, "storage">,
  stored: { url: string; probe: VideoProbe; posterJpeg: Buffer | null },
  /** The uploading account: part of the name, so another account's upload of the same clip has another URL. */
  ownerId = "",
): Promise<UploadedVideo> {
  const name = mediaNameOf(stored.url, "references");
  const file = name ? deps.storage.localPath("references", name) : undefined;
  if (!name || !file) throw new AppError("internal", undefined, { detail: `unexpected reference URL ${stored.url}` });
  const extension = name.split(".").pop() ?? "mp4";
  const contentHash = await sha256Of(file);
  const keyed = ownerId ? createHash("sha256").update(`${ownerId}:${contentHash}`).digest("hex") : contentHash;
  const contentName = `ref-${keyed.slice(0, 32)}.${extension}`;
  if (await deps.storage.head("references", contentName)) {
    await deps.storage.delete("references", name);
    await deps.storage.touch("references", contentName);
  } else {
    await deps.storage.putFile("references", contentName, file);
  }
  return {
    url: await deps.storage.fetchableUrl("references", contentName, FETCHABLE_FOR_SECONDS),
    check: await videoCheck(deps.storage, stored.probe, stored.posterJpeg),
  };
}
