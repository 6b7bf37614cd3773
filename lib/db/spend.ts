import "server-only";
import { and, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import { run } from "./write";

export type Spend = { usd: number; credits: number; generations: number };

/**
 * What upstream charged between two instants, by the time a task finished there. Only finished tasks carry a
 * cost (failed ones are refunded, §12); a result deleted later, or whose copy expired, was still paid for.
 */
export async function spendBetween(db: Db, from: number, to: number): Promise<Spend> {
  const { generations } = db.tables;
  const rows = await run("adding up spend", () =>
    db
      .select({
        usd: sql<number>`coalesce(sum(${generations.cost}), 0)`,
        credits: sql<number>`coalesce(sum(${generations.creditsCost}), 0)`,
        generations: sql<number>`count(*)`,
      })
      .from(generations)
      .where(and(isNotNull(generations.cost), gte(generations.completedAt, from), lt(generations.completedAt, to))),
  );
  const row = rows[0];
  // Sums of REALs drift (0.336 + 0.448 = 0.7840000000000001); money is shown to the micro-dollar at most.
  const micro = (value: unknown) => Math.round(Number(value ?? 0) * 1e6) / 1e6;
  return { usd: micro(row?.usd), credits: micro(row?.credits), generations: Number(row?.generations ?? 0) };
}
