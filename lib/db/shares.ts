import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "./client";
import type { ShareRow } from "./schema";
import { run, stored } from "./write";

export type { ShareRow } from "./schema";

export async function insertShare(
  db: Db,
  row: { slug: string; generationId: string; ownerId?: string; hideReferences: boolean; createdAt: number },
): Promise<ShareRow> {
  const { shares } = db.tables;
  return stored(await run("saving a share link", () => db.insert(shares).values(row).returning()), "insert share");
}

/** The live (not revoked) link of a generation, if it has one. */
export async function findLiveShareFor(db: Db, generationId: string): Promise<ShareRow | undefined> {
  const { shares } = db.tables;
  const rows = await run("reading a share link", () =>
    db
      .select()
      .from(shares)
      .where(and(eq(shares.generationId, generationId), isNull(shares.revokedAt)))
      .orderBy(desc(shares.createdAt))
      .limit(1),
  );
  return rows[0];
}

/** The live links of many generations in one query (the newest per generation wins). */
export async function findLiveSharesFor(db: Db, generationIds: string[]): Promise<Map<string, ShareRow>> {
  const { shares } = db.tables;
  if (generationIds.length === 0) return new Map();
  const rows = await run("reading share links", () =>
    db
      .select()
      .from(shares)
      .where(and(inArray(shares.generationId, generationIds), isNull(shares.revokedAt)))
      .orderBy(shares.createdAt),
  );
  return new Map(rows.map((row) => [row.generationId, row]));
}

/** A live link and its generation; revoked links, deleted generations and unknown slugs are all "not found". */
export async function findSharedGeneration(db: Db, slug: string) {
  const { generations, shares } = db.tables;
  const rows = await run("reading a share link", () =>
    db
      .select({ share: shares, generation: generations })
      .from(shares)
      .innerJoin(generations, eq(shares.generationId, generations.id))
      .where(and(eq(shares.slug, slug), isNull(shares.revokedAt), isNull(generations.deletedAt))),
  );
  return rows[0];
}

export async function updateShare(
  db: Db,
  slug: string,
  patch: { hideReferences?: boolean },
): Promise<ShareRow | undefined> {
  const { shares } = db.tables;
  const rows = await run("updating a share link", () =>
    db.update(shares).set(patch).where(eq(shares.slug, slug)).returning(),
  );
  return rows[0];
}

/** How many live links were revoked. */
export async function revokeSharesFor(db: Db, generationId: string, now: number): Promise<number> {
  const { shares } = db.tables;
  const rows = await run("revoking share links", () =>
    db
      .update(shares)
      .set({ revokedAt: now })
      .where(and(eq(shares.generationId, generationId), isNull(shares.revokedAt)))
      .returning({ slug: shares.slug }),
  );
  return rows.length;
}
