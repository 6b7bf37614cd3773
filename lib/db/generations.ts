import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import type { Db } from "./client";
import type { GenerationRow, NewGenerationRow } from "./schema";
import { run, stored } from "./write";

export { type GenerationListQuery, listGenerations } from "./generation-list";
export type { GenerationRow } from "./schema";

/**
 * Whose rows a read may see: an account id, or null for rows from before accounts (tests, an unclaimed legacy
 * database). Every read the browser can reach takes one, so no query forgets the owner condition.
 */
export type OwnerScope = { ownerId: string | null };

export function ownedBy(db: Db, scope: OwnerScope) {
  return eq(db.tables.generations.ownerId, scope.ownerId ?? "");
}

/** A change to a row. `updatedAt` comes from the caller's clock, never from here. */
export type GenerationPatch = Partial<Omit<NewGenerationRow, "id" | "draftId">> & { updatedAt: number };

/** What a claim of a draft writes (a first insert, or the re-claim of a draft whose submit was refused). */
export type DraftClaim = Omit<NewGenerationRow, "taskId" | "submittedAt" | "completedAt" | "deletedAt"> & {
  id: string;
  draftId: string;
  idempotencyKey: string;
  leaseOwner: string;
  leaseToken: string;
  leaseUntil: number;
};

/**
 * Claims a draft in one statement: `INSERT … ON CONFLICT (draft_id) DO UPDATE … WHERE status = 'rejected'`.
 * Returns the claimed row, or undefined when the draft already has a live generation (a double submit).
 * A re-claim keeps the row's id and gets the claim's new Idempotency-Key.
 */
export async function claimDraft(db: Db, claim: DraftClaim): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const { id: _id, draftId: _draftId, retryOf: _retryOf, ...again } = claim;
  const rows = await run("claiming a draft", () =>
    db
      .insert(generations)
      .values(claim)
      .onConflictDoUpdate({
        target: generations.draftId,
        set: {
          ...again,
          taskId: null,
          errorCode: null,
          errorMessage: null,
          submitAttempts: 0,
          nextSubmitAt: null,
        },
        // Only the same owner's refused draft is claimed again; another account's draft id stays theirs.
        setWhere: and(eq(generations.status, "rejected"), eq(generations.ownerId, claim.ownerId ?? "")),
      })
      .returning(),
  );
  return rows[0];
}

export async function insertGeneration(db: Db, row: NewGenerationRow): Promise<GenerationRow> {
  const { generations } = db.tables;
  return stored(await run("saving a generation", () => db.insert(generations).values(row).returning()), "insert");
}

/** A change with no lease (the creator's own acts: delete, undo). Undefined when the row is gone. */
export async function updateGeneration(db: Db, id: string, patch: GenerationPatch): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const rows = await run("updating a generation", () =>
    db.update(generations).set(patch).where(eq(generations.id, id)).returning(),
  );
  return rows[0];
}

export async function findGeneration(db: Db, id: string): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const rows = await run("reading a generation", () => db.select().from(generations).where(eq(generations.id, id)));
  return rows[0];
}

export async function findGenerationByDraft(db: Db, draftId: string): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const rows = await run("reading a generation", () =>
    db.select().from(generations).where(eq(generations.draftId, draftId)),
  );
  return rows[0];
}

/** One generation of this owner; another owner's row reads as missing. */
export async function findOwnedGeneration(db: Db, id: string, scope: OwnerScope): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const rows = await run("reading a generation", () =>
    db
      .select()
      .from(generations)
      .where(and(eq(generations.id, id), ownedBy(db, scope))),
  );
  return rows[0];
}

/** True when this owner has a generation whose kept result (or its poster) is that file: the /media check. */
export async function ownsGenerationFile(
  db: Db,
  file: { videoFile: string } | { posterFile: string },
  scope: OwnerScope,
): Promise<boolean> {
  const { generations } = db.tables;
  const match =
    "videoFile" in file ? eq(generations.videoFile, file.videoFile) : eq(generations.posterFile, file.posterFile);
  const rows = await run("reading a generation", () =>
    db
      .select({ id: generations.id })
      .from(generations)
      .where(and(match, ownedBy(db, scope)))
      .limit(1),
  );
  return rows.length > 0;
}

/** Deleted generations are left out: they are gone for the creator, even while the undo window is open. */
export async function findGenerations(db: Db, ids: string[], scope: OwnerScope): Promise<GenerationRow[]> {
  const { generations } = db.tables;
  if (ids.length === 0) return [];
  return run("reading generations", () =>
    db
      .select()
      .from(generations)
      .where(and(inArray(generations.id, ids), isNull(generations.deletedAt), ownedBy(db, scope))),
  );
}

/** Generations deleted before `cutoff` (undo window closed): their files can go. */
export async function listDeletedBefore(db: Db, cutoff: number): Promise<GenerationRow[]> {
  const { generations } = db.tables;
  return run("listing deleted generations", () =>
    db
      .select()
      .from(generations)
      .where(and(isNotNull(generations.deletedAt), lt(generations.deletedAt, cutoff))),
  );
}

/** True when the row was there and is now gone. */
export async function deleteGenerationRow(db: Db, id: string): Promise<boolean> {
  const { generations } = db.tables;
  const rows = await run("deleting a generation", () =>
    db.delete(generations).where(eq(generations.id, id)).returning({ id: generations.id }),
  );
  return rows.length === 1;
}
