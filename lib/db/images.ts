import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "./client";
import { type ImageRow, images, type NewImageRow } from "./schema";

export type { ImageRow } from "./schema";

export function insertImage(row: NewImageRow): ImageRow {
  return db().insert(images).values(row).returning().get();
}

export function updateImage(id: string, patch: Partial<Omit<NewImageRow, "id">>): ImageRow | undefined {
  return db().update(images).set(patch).where(eq(images.id, id)).returning().get();
}

export function findImage(id: string): ImageRow | undefined {
  return db().select().from(images).where(eq(images.id, id)).get();
}

/** Rows with these exact bytes, oldest first (normally one: uploads of the same bytes reuse it). */
export function findImagesBySha256(sha256: string): ImageRow[] {
  return db().select().from(images).where(eq(images.sha256, sha256)).orderBy(asc(images.createdAt)).all();
}

export function findImages(ids: string[]): ImageRow[] {
  if (ids.length === 0) return [];
  return db().select().from(images).where(inArray(images.id, ids)).all();
}
