import "server-only";
import { and, desc, eq, exists, isNotNull, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { ListCursor } from "@/lib/generations/list-cursor";
import type { ListFilters } from "@/lib/generations/list-filters";
import type { Db } from "./client";
import { promptMatches } from "./prompt-search";
import type { GenerationRow } from "./schema";
import { run } from "./write";

/** The filter's words for row states: still going (including a copy being kept), and ended without a video. */
const runningStatuses = ["submitting", "pending", "processing", "saving"] as const;
const unsuccessfulStatuses = ["failed", "cancelled", "lost", "expired"] as const;

export type GenerationListQuery = {
  /** Whose generations: an account id, or null for rows from before accounts. */
  ownerId: string | null;
  limit: number;
  /** The last generation of the previous page: the next page starts strictly after it. */
  after?: ListCursor;
  filters?: ListFilters;
};

/**
 * Every read of "the creator's generations" — the gallery, its pages, search and filters — goes through this
 * one function, so the owner condition and the search backend have one place to live.
 * Newest first, ties on createdAt broken by id (keyset on (created_at, id), served by its index).
 * Rejected submits and deleted generations are not results.
 */
export async function listGenerations(db: Db, query: GenerationListQuery): Promise<GenerationRow[]> {
  const { generations } = db.tables;
  const conditions: SQL[] = [
    eq(generations.ownerId, query.ownerId ?? ""),
    ne(generations.status, "rejected"),
    isNull(generations.deletedAt),
  ];
  if (query.after) conditions.push(afterCursor(db, query.after));
  conditions.push(...filterConditions(db, query.filters ?? {}));
  return run("listing generations", () =>
    db
      .select()
      .from(generations)
      .where(and(...conditions))
      .orderBy(desc(generations.createdAt), desc(generations.id))
      .limit(query.limit),
  );
}

function afterCursor(db: Db, cursor: ListCursor): SQL {
  const { generations } = db.tables;
  return or(
    lt(generations.createdAt, cursor.createdAt),
    and(eq(generations.createdAt, cursor.createdAt), lt(generations.id, cursor.id)),
  ) as SQL;
}

function filterConditions(db: Db, filters: ListFilters): SQL[] {
  const { generations, shares } = db.tables;
  const conditions: Array<SQL | undefined> = [];
  // Words with nothing searchable in them (only punctuation or spaces) narrow nothing.
  if (filters.q) conditions.push(promptMatches(db, filters.q));
  if (filters.status === "done") conditions.push(eq(generations.status, "completed"));
  if (filters.status === "running") conditions.push(inList(db, runningStatuses));
  if (filters.status === "failed") conditions.push(inList(db, unsuccessfulStatuses));
  if (filters.mode) conditions.push(eq(generations.mode, filters.mode));
  if (filters.aspect) conditions.push(eq(generations.aspectRatio, filters.aspect));
  if (filters.refs) conditions.push(or(ne(generations.imagesJson, "[]"), isNotNull(generations.videoJson)));
  if (filters.fav) conditions.push(isNotNull(generations.favouriteAt));
  if (filters.shared) {
    const live = db
      .select({ one: sql`1` })
      .from(shares)
      .where(and(eq(shares.generationId, generations.id), isNull(shares.revokedAt)));
    conditions.push(and(eq(generations.status, "completed"), exists(live)));
  }
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

function inList(db: Db, statuses: ReadonlyArray<string>): SQL {
  return sql`${db.tables.generations.status} IN (${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )})`;
}
