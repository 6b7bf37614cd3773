import "server-only";
import type { Db } from "@/lib/db/client";
import {
  countGenerationsUsingImage,
  findLibraryImage,
  listLibraryImages,
  markLibraryImageDeleted,
  renameLibraryImage,
} from "@/lib/db/library";
import { AppError } from "@/lib/errors";
import type { Clock } from "@/lib/generations/deps";
import type { ImageRef } from "@/lib/references/image-ref";
import { toImageRef } from "@/lib/uploads/store-upload";
import { checkImageName } from "./names";

export const LIBRARY_PAGE_MAX = 500;

const gone = () => new AppError("not_found", "That image is no longer in your library.");

/** The owner's library as references the tray can take as they are (no upload: the server has the bytes). */
export async function libraryImages(
  db: Db,
  ownerId: string,
  options: { query?: string; limit?: number } = {},
): Promise<ImageRef[]> {
  const rows = await listLibraryImages(
    db,
    { ownerId },
    { query: options.query, limit: options.limit ?? LIBRARY_PAGE_MAX },
  );
  return rows.map((row) => toImageRef(row, row.name));
}

/**
 * One answer of GET /api/library: at most `max` images, and whether that is all of them. The browser searches what
 * it holds and, when it does not hold everything, asks the server for the words typed.
 */
export async function libraryPage(
  db: Db,
  ownerId: string,
  options: { query?: string; max?: number } = {},
): Promise<{ images: ImageRef[]; complete: boolean }> {
  const max = options.max ?? LIBRARY_PAGE_MAX;
  const images = await libraryImages(db, ownerId, { query: options.query, limit: max + 1 });
  return { images: images.slice(0, max), complete: images.length <= max };
}

export async function renameImage(db: Db, ownerId: string, assetId: string, typed: string): Promise<ImageRef> {
  const checked = checkImageName(typed);
  if (!checked.ok) throw new AppError("invalid_request", checked.message, { field: "name" });
  const row = await renameLibraryImage(db, { ownerId }, assetId, checked.name);
  if (!row) throw gone();
  return toImageRef(row, row.name);
}

/** How many of the owner's generations name the image: what the delete warning says. */
export async function imageUsage(db: Db, ownerId: string, assetId: string): Promise<{ generations: number }> {
  if (!(await findLibraryImage(db, { ownerId }, assetId))) throw gone();
  return { generations: await countGenerationsUsingImage(db, { ownerId }, assetId) };
}

/**
 * Takes the image out of the library. Generations that used it keep their recipe, thumbnails and remixes: the row
 * and file stay while any generation names it (the media collector checks), and go after the grace period otherwise.
 */
export async function deleteFromLibrary(
  deps: { db: Db; clock: Clock },
  ownerId: string,
  assetId: string,
): Promise<{ generations: number }> {
  const usage = await imageUsage(deps.db, ownerId, assetId);
  if (!(await markLibraryImageDeleted(deps.db, { ownerId }, assetId, deps.clock.now()))) throw gone();
  return usage;
}
