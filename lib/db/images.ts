import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "./client";
import type { ImageRow, NewImageRow } from "./schema";
import { run } from "./write";

export type { ImageRow } from "./schema";

/** Whose images: an account id, or null for rows from before accounts. */
export type ImageScope = { ownerId: string | null };

function ownedBy(db: Db, scope: ImageScope) {
  return eq(db.tables.images.ownerId, scope.ownerId ?? "");
}

/**
 * Stores an image the first time its owner uploads these bytes: `INSERT … ON CONFLICT (owner_id, sha256) DO
 * NOTHING`. Undefined when another upload of the same bytes by the same owner got there first (read that row).
 */
export async function insertImageOnce(db: Db, row: NewImageRow): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("saving an image", () =>
    db
      .insert(images)
      .values(row)
      .onConflictDoNothing({ target: [images.ownerId, images.sha256] })
      .returning(),
  );
  return rows[0];
}

export async function updateImage(
  db: Db,
  id: string,
  patch: Partial<Omit<NewImageRow, "id">>,
): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("updating an image", () => db.update(images).set(patch).where(eq(images.id, id)).returning());
  return rows[0];
}

export async function findImage(db: Db, id: string): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("reading an image", () => db.select().from(images).where(eq(images.id, id)));
  return rows[0];
}

/** The row this owner stored for these exact bytes, if any. */
export async function findImageBySha256(db: Db, scope: ImageScope, sha256: string): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("reading an image", () =>
    db
      .select()
      .from(images)
      .where(and(eq(images.sha256, sha256), ownedBy(db, scope))),
  );
  return rows[0];
}

/** Images by id, whoever owns them: for the server's own reads (stored recipes, share pages), not for callers. */
export async function findImages(db: Db, ids: string[]): Promise<ImageRow[]> {
  const { images } = db.tables;
  if (ids.length === 0) return [];
  return run("reading images", () => db.select().from(images).where(inArray(images.id, ids)));
}

/** This owner's images by id: what a caller's submit may use. Another owner's id reads as missing. */
export async function findOwnedImages(db: Db, ids: string[], scope: ImageScope): Promise<ImageRow[]> {
  const { images } = db.tables;
  if (ids.length === 0) return [];
  return run("reading images", () =>
    db
      .select()
      .from(images)
      .where(and(inArray(images.id, ids), ownedBy(db, scope))),
  );
}

/** The image row behind a stored file name, if this owner has it (the /media check). */
export async function findOwnedImageFile(db: Db, file: string, scope: ImageScope): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("reading an image", () =>
    db
      .select()
      .from(images)
      .where(and(eq(images.file, file), ownedBy(db, scope))),
  );
  return rows[0];
}

/** Marks images as used now (an upload of the same bytes, a submit, a draft restored). */
export async function touchImages(db: Db, ids: string[], now: number): Promise<number> {
  const { images } = db.tables;
  if (ids.length === 0) return 0;
  const rows = await run("marking images used", () =>
    db.update(images).set({ lastUsedAt: now }).where(inArray(images.id, ids)).returning({ id: images.id }),
  );
  return rows.length;
}

export async function deleteImage(db: Db, id: string): Promise<boolean> {
  const { images } = db.tables;
  const rows = await run("deleting an image", () =>
    db.delete(images).where(eq(images.id, id)).returning({ id: images.id }),
  );
  return rows.length === 1;
}
