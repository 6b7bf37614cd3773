import "server-only";
import { and, desc, eq, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import type { ListCursor } from "@/lib/generations/list-cursor";
import type { Db } from "./client";
import { type GenerationRow, generations } from "./schema";
import { run } from "./write";

export type GenerationListQuery = {
  limit: number;
  /** The last generation of the previous page: the next page starts strictly after it. */
  after?: ListCursor;
};

/**
 * Every read of "the creator's generations" — the gallery, its pages, later search and filters — goes through
 * this one function, so the owner condition (accounts) and the search backend have one place to live.
 * Newest first, ties on createdAt broken by id (keyset on (created_at, id), served by its index).
 * Rejected submits and deleted generations are not results.
 */
export async function listGenerations(db: Db, query: GenerationListQuery): Promise<GenerationRow[]> {
  const conditions: SQL[] = [ne(generations.status, "rejected"), isNull(generations.deletedAt)];
  if (query.after) conditions.push(afterCursor(query.after));
  return run("listing generations", () =>
    db
      .select()
      .from(generations)
      .where(and(...conditions))
      .orderBy(desc(generations.createdAt), desc(generations.id))
      .limit(query.limit),
  );
}

function afterCursor(cursor: ListCursor): SQL {
  return or(
    lt(generations.createdAt, cursor.createdAt),
    and(eq(generations.createdAt, cursor.createdAt), lt(generations.id, cursor.id)),
  ) as SQL;
}
