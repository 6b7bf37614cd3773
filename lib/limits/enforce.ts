import "server-only";
import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { readState, writeState } from "@/lib/db/app-state";
import type { Db } from "@/lib/db/client";
import { run } from "@/lib/db/write";
import { AppError } from "@/lib/errors";
import { defaultLimits, type Limits, limitsSchema, monthOf, type RateKind, rateLabels, waitText } from "./limits";

const limitsKey = "limits.per-account";
const MINUTE_MS = 60_000;

export async function readLimits(db: Db): Promise<Limits> {
  const parsed = limitsSchema.safeParse({ ...defaultLimits, ...((await readState(db, limitsKey)) as object) });
  return parsed.success ? parsed.data : defaultLimits;
}

export async function saveLimits(db: Db, limits: Limits, now: number): Promise<void> {
  await writeState(db, limitsKey, limits, now);
}

function refuse(what: string, seconds: number): never {
  const wait = Math.max(1, Math.ceil(seconds));
  throw new AppError("limit", `${what} Try again in ${waitText(wait)}.`, { retryAfterSeconds: wait });
}

/**
 * Counts `count` requests (one unless told: "Generate ×3" is three submits) of this kind for this account in the
 * current minute; refuses past the limit. A refused batch is taken back out, so it uses up nothing.
 */
export async function countRequest(
  db: Db,
  input: { accountId: string; kind: RateKind; now: number; limits: Limits; count?: number },
): Promise<void> {
  const count = input.count ?? 1;
  const { rateCounters } = db.tables;
  const max = {
    submits: input.limits.submitsPerMinute,
    uploads: input.limits.uploadsPerMinute,
    checks: input.limits.checksPerMinute,
  }[input.kind];
  const windowStart = Math.floor(input.now / MINUTE_MS) * MINUTE_MS;
  const key = `${input.accountId}:${input.kind}:${windowStart}`;
  const rows = await run("counting a request", () =>
    db
      .insert(rateCounters)
      .values({ key, count, windowStart })
      .onConflictDoUpdate({ target: rateCounters.key, set: { count: sql`${rateCounters.count} + ${count}` } })
      .returning({ count: rateCounters.count }),
  );
  await run("clearing old counters", () =>
    db
      .delete(rateCounters)
      .where(lt(rateCounters.windowStart, windowStart - 10 * MINUTE_MS))
      .returning({ key: rateCounters.key }),
  );
  const total = rows[0]?.count ?? 0;
  if (total > max) {
    const wait = (windowStart + MINUTE_MS - input.now) / 1000;
    if (count === 1) refuse(`Limit reached: ${max} ${rateLabels[input.kind]} a minute.`, wait);
    await run("taking back a refused batch", () =>
      db
        .update(rateCounters)
        .set({ count: sql`${rateCounters.count} - ${count}` })
        .where(eq(rateCounters.key, key))
        .returning({ key: rateCounters.key }),
    );
    const left = Math.max(0, max - (total - count));
    refuse(
      `Limit reached: ${max} ${rateLabels[input.kind]} a minute, and ${count} takes need ${count} (${left} left this minute). Nothing was sent.`,
      wait,
    );
  }
}

const running = ["submitting", "pending", "processing"] as const;

/**
 * Before a submit: the account's running generations and its month's spend (what finished tasks were charged,
 * by the month they finished in) leave room for this one, whose estimate is `estimateUsd`.
 */
export async function checkSubmitRoom(
  db: Db,
  input: { accountId: string; now: number; limits: Limits; estimateUsd: number; takes?: number },
): Promise<void> {
  const takes = input.takes ?? 1;
  const { generations } = db.tables;
  const mine = eq(generations.ownerId, input.accountId);
  const [busy] = await run("counting running videos", () =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(generations)
      .where(and(mine, inArray(generations.status, [...running]))),
  );
  const runningNow = Number(busy?.n ?? 0);
  if (runningNow + takes > input.limits.runningAtOnce) {
    if (takes === 1) {
      refuse(`Limit reached: ${input.limits.runningAtOnce} videos running at once. It frees when one finishes.`, 30);
    }
    refuse(
      `Limit reached: ${takes} takes would make ${runningNow + takes} videos running at once (the limit is ${input.limits.runningAtOnce}). Nothing was sent: choose fewer takes or wait for one to finish.`,
      30,
    );
  }
  const month = monthOf(input.now);
  const [spent] = await run("adding up this month's spend", () =>
    db
      .select({ usd: sql<number>`coalesce(sum(${generations.cost}), 0)` })
      .from(generations)
      .where(and(mine, isNotNull(generations.cost), gte(generations.completedAt, month.start))),
  );
  const usd = Number(spent?.usd ?? 0);
  const estimateUsd = input.estimateUsd * takes;
  if (usd + estimateUsd > input.limits.monthlySpendUsd + 1e-9) {
    const what = takes === 1 ? "this video" : `these ${takes} takes`;
    refuse(
      `Limit reached: ${what} (≈ $${estimateUsd.toFixed(2)}) would take your spend this month past $${input.limits.monthlySpendUsd.toFixed(2)} (spent $${usd.toFixed(2)}). It frees on the 1st.`,
      (month.end - input.now) / 1000,
    );
  }
}
