import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { findImageBySha256, type ImageRow, insertImageOnce, touchImages, updateImage } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { libraryName } from "@/lib/library/names";
import { type ImageRef, imageRefFromStored } from "@/lib/references/image-ref";
import { mediaUrl } from "@/lib/storage/media-names";
import { refreshIfStale } from "./fresh-url";
import { processImage } from "./process-image";
import type { UploadDeps } from "./upload-deps";

export type { UploadDeps } from "./upload-deps";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Checks and converts the bytes, then keeps the file (written to a temp name and renamed by the store). */
async function keepFile(deps: UploadDeps, bytes: Buffer, name: string) {
  const processed = await processImage(bytes, name, deps.imageLimits);
  const id = randomUUID();
  const file = `${id}.${processed.extension}`;
  await deps.storage.put("images", file, processed.data);
  return { id, file, processed };
}

/**
 * One row per owner and content. Two uploads of the same bytes at once both process, and the database decides
 * (`ON CONFLICT (sha256) DO NOTHING`): the loser drops its file and takes the winner's row. A row whose file went
 * missing (data folder cleaned by hand) gets the new file.
 */
async function findOrStore(deps: UploadDeps, bytes: Buffer, name: string, ownerId: string): Promise<ImageRow> {
  const hash = sha256(bytes);
  const now = deps.clock.now();
  const existing = await findImageBySha256(deps.db, { ownerId }, hash);
  if (existing && (await deps.storage.head("images", existing.file))) {
    // Added again after it was deleted from the library: it comes back under its new file name.
    if (existing.deletedAt !== null) {
      const revived = await updateImage(deps.db, existing.id, {
        deletedAt: null,
        name: libraryName(name),
        lastUsedAt: now,
      });
      if (revived) return revived;
    }
    await touchImages(deps.db, [existing.id], now);
    return existing;
  }
  const kept = await keepFile(deps, bytes, name);
  if (existing) {
    const repaired = await updateImage(deps.db, existing.id, { file: kept.file, lastUsedAt: now, deletedAt: null });
    if (repaired) return repaired;
  }
  const { processed } = kept;
  const inserted = await insertImageOnce(deps.db, {
    id: kept.id,
    ownerId,
    sha256: hash,
    file: kept.file,
    name: libraryName(name),
    contentType: processed.contentType,
    bytes: processed.data.length,
    width: processed.width,
    height: processed.height,
    upstreamUrl: null,
    upstreamUploadedAt: null,
    createdAt: now,
    lastUsedAt: now,
  });
  if (inserted) return inserted;
  await deps.storage.delete("images", kept.file);
  const winner = await findImageBySha256(deps.db, { ownerId }, hash);
  if (!winner) throw new AppError("internal", undefined, { detail: `image ${hash} neither inserted nor found` });
  return winner;
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
  deps: UploadDeps,
  upload: {
    bytes: Buffer;
    name: string /** The uploading account; "" only in tests of the pre-accounts shape. */;
    ownerId?: string;
  },
): Promise<ImageRef> {
  const row = await findOrStore(deps, upload.bytes, upload.name, upload.ownerId ?? "");
  const fresh = await refreshIfStale(deps, row);
  // The library's name for these bytes (the first upload's file name, or what the creator renamed it to).
  return toImageRef(fresh, fresh.name);
}
