import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "./client";
import { generations, type ShareRow, shares } from "./schema";

export type { ShareRow } from "./schema";

export function insertShare(row: { slug: string; generationId: string; hideReferences: boolean }): ShareRow {
  return db()
    .insert(shares)
    .values({ ...row, createdAt: Date.now() })
    .returning()
    .get();
}

/** The live (not revoked) link of a generation, if it has one. */
export function findLiveShareFor(generationId: string): ShareRow | undefined {
  return db()
    .select()
    .from(shares)
    .where(and(eq(shares.generationId, generationId), isNull(shares.revokedAt)))
    .orderBy(desc(shares.createdAt))
    .get();
}

/** A live link and its generation; revoked links, deleted generations and unknown slugs are all "not found". */
export function findSharedGeneration(slug: string) {
  return db()
    .select({ share: shares, generation: generations })
    .from(shares)
    .innerJoin(generations, eq(shares.generationId, generations.id))
    .where(and(eq(shares.slug, slug), isNull(shares.revokedAt), isNull(generations.deletedAt)))
    .get();
}

export function updateShare(slug: string, patch: { hideReferences?: boolean }): ShareRow | undefined {
  return db().update(shares).set(patch).where(eq(shares.slug, slug)).returning().get();
}

export function revokeSharesFor(generationId: string): number {
  return db()
    .update(shares)
    .set({ revokedAt: Date.now() })
    .where(and(eq(shares.generationId, generationId), isNull(shares.revokedAt)))
    .run().changes;
}
