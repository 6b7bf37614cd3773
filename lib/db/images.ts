import "server-only";
import { eq, inArray, lt } from "drizzle-orm";
import type { Db } from "./client";
import type { ImageRow, NewImageRow } from "./schema";
import { run } from "./write";

export type { ImageRow } from "./schema";

/**
 * Stores an image the first time its bytes are seen: `INSERT … ON CONFLICT (sha256) DO NOTHING`. Undefined when
 * another upload of the same bytes got there first (read that row instead).
 */
export async function insertImageOnce(db: Db, row: NewImageRow): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("saving an image", () =>
    db.insert(images).values(row).onConflictDoNothing({ target: images.sha256 }).returning(),
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

/** The row stored for these exact bytes, if any. */
export async function findImageBySha256(db: Db, sha256: string): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("reading an image", () => db.select().from(images).where(eq(images.sha256, sha256)));
  return rows[0];
}

export async function findImages(db: Db, ids: string[]): Promise<ImageRow[]> {
  const { images } = db.tables;
  if (ids.length === 0) return [];
  return run("reading images", () => db.select().from(images).where(inArray(images.id, ids)));
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

/** Images not used since `cutoff`: the collector's candidates (it keeps those a generation still names). */
export async function listImagesUnusedSince(db: Db, cutoff: number): Promise<ImageRow[]> {
  const { images } = db.tables;
  return run("listing unused images", () => db.select().from(images).where(lt(images.lastUsedAt, cutoff)));
}

export async function deleteImage(db: Db, id: string): Promise<boolean> {
  const { images } = db.tables;
  const rows = await run("deleting an image", () =>
    db.delete(images).where(eq(images.id, id)).returning({ id: images.id }),
  );
  return rows.length === 1;
}
