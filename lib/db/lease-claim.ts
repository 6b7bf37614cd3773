import "server-only";
import { inArray, type SQL } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Db } from "./client";
import type { GenerationPatch } from "./generations";
import type { GenerationRow } from "./schema";
import type * as pgSchema from "./schema-pg";

/**
 * The one lease statement whose SQL differs by dialect: set the lease on the rows matching `where` and return them.
 * - SQLite: `UPDATE … WHERE <where> RETURNING *` — one writer at a time, so the check and the set are atomic.
 * - Postgres: `UPDATE … WHERE id IN (SELECT id … WHERE <where> FOR UPDATE SKIP LOCKED) RETURNING *` — a row
 *   another instance is claiming right now is skipped instead of waited for, and the `<where>` (due, lease free)
 *   is read under the row lock, so two instances can never both take it.
 */
export async function claimRows(
  db: Db,
  where: SQL | undefined,
  set: GenerationPatch | object,
): Promise<GenerationRow[]> {
  const { generations } = db.tables;
  if (db.engine === "sqlite") return db.update(generations).set(set).where(where).returning();
  const pgDb = db as unknown as NodePgDatabase<typeof pgSchema>;
  const table = db.tables.generations as unknown as typeof pgSchema.generations;
  const locked = pgDb.select({ id: table.id }).from(table).where(where).for("update", { skipLocked: true });
  return pgDb.update(table).set(set).where(inArray(table.id, locked)).returning();
}
