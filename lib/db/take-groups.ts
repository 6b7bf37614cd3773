import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "./client";
import { type OwnerScope, ownedBy } from "./generations";
import { run } from "./write";

/**
 * Soft-deletes every live take of `takeGroup` except `keepId`, in one statement and only among this owner's rows
 * (a group id from another account names nothing here). Returns the ids it deleted, for the Undo.
 */
export async function deleteOtherTakes(
  db: Db,
  input: { takeGroup: string; keepId: string; now: number } & OwnerScope,
): Promise<string[]> {
  const { generations } = db.tables;
  const rows = await run("deleting the other takes", () =>
    db
      .update(generations)
      .set({ deletedAt: input.now, updatedAt: input.now })
      .where(
        and(
          eq(generations.takeGroup, input.takeGroup),
          ne(generations.id, input.keepId),
          isNull(generations.deletedAt),
          ownedBy(db, input),
        ),
      )
      .returning({ id: generations.id }),
  );
  return rows.map((row) => row.id);
}

/** Undo of `deleteOtherTakes`: brings back those of `ids` that are still this owner's and deleted. */
export async function restoreTakes(db: Db, input: { ids: string[]; now: number } & OwnerScope): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const { generations } = db.tables;
  const rows = await run("restoring takes", () =>
    db
      .update(generations)
      .set({ deletedAt: null, updatedAt: input.now })
      .where(and(inArray(generations.id, input.ids), ownedBy(db, input)))
      .returning({ id: generations.id }),
  );
  return rows.map((row) => row.id);
}
