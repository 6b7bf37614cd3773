import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import { findImagesBySha256, type ImageRow, insertImage } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { mediaDir, mediaPath, mediaUrl } from "@/lib/media/paths";
import { type ImageRef, imageRefFromStored } from "@/lib/references/image-ref";
import { type FreshUrlDeps, refreshIfStale, storedFilePath } from "./fresh-url";
import { processImage } from "./process-image";

export type StoreUploadDeps = FreshUrlDeps;

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Writes next to the destination and renames, so a half-written file never has the final name. */
async function writeAtomically(destination: string, data: Buffer): Promise<void> {
  const partial = `${destination}.part`;
  await fs.promises.writeFile(partial, data);
  await fs.promises.rename(partial, destination);
}

/** Checks, converts and keeps an image the first time these exact bytes are seen. */
async function storeNew(bytes: Buffer, hash: string, name: string, now: number): Promise<ImageRow> {
  const processed = await processImage(bytes, name);
  const id = randomUUID();
  const file = `${id}.${processed.extension}`;
  const destination = mediaPath("images", file);
  if (!destination) throw new AppError("internal", undefined, { detail: `unsafe media name ${file}` });
  await fs.promises.mkdir(mediaDir("images"), { recursive: true });
  await writeAtomically(destination, processed.data);
  return insertImage({
    id,
    sha256: hash,
    file,
    name,
    contentType: processed.contentType,
    bytes: processed.data.length,
    width: processed.width,
    height: processed.height,
    upstreamUrl: null,
    upstreamUploadedAt: null,
    createdAt: now,
  });
}

// Two identical files dropped together must not both be processed and stored.
const inFlight = new Map<string, Promise<ImageRow>>();

function findOrStore(bytes: Buffer, name: string, now: number): Promise<ImageRow> {
  const hash = sha256(bytes);
  // A row whose file went missing (data folder cleaned by hand) is passed over and the image stored again.
  const existing = findImagesBySha256(hash).find((row) => storedFilePath(row) !== undefined);
  if (existing) return Promise.resolve(existing);
  const pending = inFlight.get(hash);
  if (pending) return pending;
  const work = storeNew(bytes, hash, name, now).finally(() => inFlight.delete(hash));
  inFlight.set(hash, work);
  return work;
}

export function toImageRef(row: ImageRow, name: string): ImageRef {
  if (!row.upstreamUrl) throw new AppError("internal", undefined, { detail: `image ${row.id} has no upstream URL` });
  return imageRefFromStored(row, { name, previewUrl: mediaUrl("images", row.file), upstreamUrl: row.upstreamUrl });
}

/**
 * The whole server side of an upload: dedupe by content, check and convert, keep the file under
 * media/images, then make sure APIMart has a live copy. The row is written before the upstream upload so
 * that a failed upstream call leaves a retry with only that call to redo.
 */
export async function storeUpload(
  upload: { bytes: Buffer; name: string },
  deps: StoreUploadDeps = {},
): Promise<ImageRef> {
  const row = await findOrStore(upload.bytes, upload.name, (deps.now ?? Date.now)());
  const fresh = await refreshIfStale(row, deps);
  return toImageRef(fresh, upload.name);
}
