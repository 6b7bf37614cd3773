import "server-only";
import type { Db } from "@/lib/db/client";
import { estimateRecipeCost } from "@/lib/generations/cost";
import type { Recipe } from "@/lib/generations/recipe";
import { checkSubmitRoom, countRequest, readLimits } from "./enforce";
import type { RateKind } from "./limits";

type Deps = { db: Db; clock: { now(): number } };
type Priced = Pick<Recipe, "mode" | "duration" | "aspectRatio" | "video">;

/**
 * Before anything is sent upstream: the per-minute submit count, the running count and the monthly spend cap —
 * for all `takes` at once ("Generate ×N" is admitted whole or refused whole, never partly sent).
 */
export async function admitSubmit(deps: Deps, accountId: string, recipe: Priced, takes = 1): Promise<void> {
  const limits = await readLimits(deps.db);
  const now = deps.clock.now();
  await checkSubmitRoom(deps.db, { accountId, now, limits, estimateUsd: estimateRecipeCost(recipe).cost, takes });
  await countRequest(deps.db, { accountId, kind: "submits", now, limits, count: takes });
}

/** Uploads and "Check again": counted per account and minute. */
export async function admitRequest(deps: Deps, accountId: string, kind: Exclude<RateKind, "submits">): Promise<void> {
  const limits = await readLimits(deps.db);
  await countRequest(deps.db, { accountId, kind, now: deps.clock.now(), limits });
}
