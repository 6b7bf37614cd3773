import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, lt, notInArray } from "drizzle-orm";
import { terminalRowStatuses } from "@/lib/generations/status";
import { db } from "./client";
import { type GenerationRow, generations, type NewGenerationRow } from "./schema";

export type { GenerationRow } from "./schema";

/** States after which upstream is never asked again. */
export const terminalStatuses = terminalRowStatuses;

export function insertGeneration(row: NewGenerationRow): GenerationRow {
  return db().insert(generations).values(row).returning().get();
}

export function updateGeneration(id: string, patch: Partial<NewGenerationRow>): GenerationRow | undefined {
  return db()
    .update(generations)
    .set({ ...patch, updatedAt: patch.updatedAt ?? Date.now() })
    .where(eq(generations.id, id))
    .returning()
    .get();
}

export function findGeneration(id: string): GenerationRow | undefined {
  return db().select().from(generations).where(eq(generations.id, id)).get();
}

export function findGenerationByDraft(draftId: string): GenerationRow | undefined {
  return db().select().from(generations).where(eq(generations.draftId, draftId)).get();
}

/** Deleted generations are left out: they are gone for the creator, even while the undo window is open. */
export function findGenerations(ids: string[]): GenerationRow[] {
  if (ids.length === 0) return [];
  return db()
    .select()
    .from(generations)
    .where(and(inArray(generations.id, ids), isNull(generations.deletedAt)))
    .all();
}

/** Newest first; `before` is a createdAt cursor for the next page. Rejected submits are not results. */
export function listGenerations(options: { limit: number; before?: number }): GenerationRow[] {
  const visible = and(notInArray(generations.status, ["rejected"]), isNull(generations.deletedAt));
  const where = options.before === undefined ? visible : and(visible, lt(generations.createdAt, options.before));
  return db().select().from(generations).where(where).orderBy(desc(generations.createdAt)).limit(options.limit).all();
}

/** Generations deleted before `cutoff` (undo window closed): their files can go. */
export function listDeletedBefore(cutoff: number): GenerationRow[] {
  return db()
    .select()
    .from(generations)
    .where(and(isNotNull(generations.deletedAt), lt(generations.deletedAt, cutoff)))
    .all();
}

export function deleteGenerationRow(id: string): void {
  db().delete(generations).where(eq(generations.id, id)).run();
}

/** Every generation upstream may still be working on (server restart resumes these, deleted or not: it was paid). */
export function listUnfinished(): GenerationRow[] {
  return db()
    .select()
    .from(generations)
    .where(notInArray(generations.status, [...terminalStatuses]))
    .all();
}
