import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { videoCheck } from "@/lib/generations/reference-video";
import type { UploadedVideo } from "@/lib/references/uploaded-video";
import type { CheckedUpload } from "@/lib/video/store-upload";

/** How long a handed-out reference video link must work (S3 presigned; the folder's links do not expire). */
const FETCHABLE_FOR_SECONDS = 7 * 24 * 60 * 60;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest("hex");
}

/**
 * A reference video the creator uploaded (received and checked by lib/video/store-upload into scratch), kept
 * once per content under `ref-<sha256>.<ext>` in the media storage (folder or bucket): the same file uploaded
 * again reuses that copy (up to 200 MB each, twenty uploads of one clip keep one file and one poster), and two
 * instances storing it at once write the same object.
 */
export async function keepReferenceVideo(
  deps: Pick<LifecycleDeps, "storage">,
  stored: CheckedUpload,
  /** The uploading account: part of the name, so another account's upload of the same clip has another URL. */
  ownerId = "",
): Promise<UploadedVideo> {
  const contentHash = await sha256Of(stored.file);
  const keyed = ownerId ? createHash("sha256").update(`${ownerId}:${contentHash}`).digest("hex") : contentHash;
  const contentName = `ref-${keyed.slice(0, 32)}.${stored.extension}`;
  if (await deps.storage.head("references", contentName)) {
    await fs.promises.rm(stored.file, { force: true });
    await deps.storage.touch("references", contentName);
  } else {
    await deps.storage.putFile("references", contentName, stored.file);
  }
  return {
    url: await deps.storage.fetchableUrl("references", contentName, FETCHABLE_FOR_SECONDS),
    check: await videoCheck(deps.storage, stored.probe, stored.posterJpeg),
  };
}
