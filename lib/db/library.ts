import "server-only";
import { and, desc, eq, isNotNull, isNull, like, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import type { ImageScope } from "./images";
import type { ImageRow } from "./schema";
import { run } from "./write";

/** `%`, `_` and `\` typed by the creator are plain characters in a name search. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The owner's library: every image they added and did not delete, most recently used first. `query` matches any
 * part of the name, ignoring case (lower() on both sides: SQLite's LIKE folds ASCII, PostgreSQL's folds nothing).
 */
export async function listLibraryImages(
  db: Db,
  scope: ImageScope,
  options: { query?: string; limit: number },
): Promise<ImageRow[]> {
  const { images } = db.tables;
  const query = options.query?.trim();
  return run("listing the library", () =>
    db
      .select()
      .from(images)
      .where(
        and(
          eq(images.ownerId, scope.ownerId ?? ""),
          isNull(images.deletedAt),
          isNotNull(images.upstreamUrl),
          query ? sql`lower(${images.name}) LIKE ${likePattern(query)} ESCAPE '\\'` : undefined,
        ),
      )
      .orderBy(desc(sql`coalesce(${images.lastUsedAt}, ${images.createdAt})`), desc(images.id))
      .limit(options.limit),
  );
}

/** The owner's library image (not deleted), or undefined: another owner's id reads as missing. */
export async function findLibraryImage(db: Db, scope: ImageScope, id: string): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("reading an image", () =>
    db
      .select()
      .from(images)
      .where(and(eq(images.id, id), eq(images.ownerId, scope.ownerId ?? ""), isNull(images.deletedAt))),
  );
  return rows[0];
}

export async function renameLibraryImage(
  db: Db,
  scope: ImageScope,
  id: string,
  name: string,
): Promise<ImageRow | undefined> {
  const { images } = db.tables;
  const rows = await run("renaming an image", () =>
    db
      .update(images)
      .set({ name })
      .where(and(eq(images.id, id), eq(images.ownerId, scope.ownerId ?? ""), isNull(images.deletedAt)))
      .returning(),
  );
  return rows[0];
}

/** Takes the image out of the library; the row stays for the recipes that name it (see `deletedAt`). */
export async function markLibraryImageDeleted(db: Db, scope: ImageScope, id: string, now: number): Promise<boolean> {
  const { images } = db.tables;
  const rows = await run("deleting an image", () =>
    db
      .update(images)
      .set({ deletedAt: now })
      .where(and(eq(images.id, id), eq(images.ownerId, scope.ownerId ?? ""), isNull(images.deletedAt)))
      .returning({ id: images.id }),
  );
  return rows.length === 1;
}

/** How many of the owner's generations (not deleted) name this image in their recipe. */
export async function countGenerationsUsingImage(db: Db, scope: ImageScope, id: string): Promise<number> {
  const { generations } = db.tables;
  const rows = await run("counting generations", () =>
    db
      .select({ count: sql<number>`count(*)` })
      .from(generations)
      .where(
        and(
          eq(generations.ownerId, scope.ownerId ?? ""),
          isNull(generations.deletedAt),
          // Stored refs are JSON objects: `"assetId":"<id>"`; ids are UUIDs, so no LIKE wildcards inside.
          like(generations.imagesJson, `%"assetId":"${id}"%`),
        ),
      ),
  );
  return Number(rows[0]?.count ?? 0);
}

/** Deleted library images whose deletion is older than `cutoff`: the collector's candidates. */
export async function listImagesDeletedBefore(db: Db, cutoff: number): Promise<ImageRow[]> {
  const { images } = db.tables;
  return run("listing deleted images", () => db.select().from(images).where(lt(images.deletedAt, cutoff)));
}
