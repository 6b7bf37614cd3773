import "server-only";
import type { Balance } from "@/lib/apimart";
import { type Spend, spendBetween } from "@/lib/db/spend";
import { toUserError } from "@/lib/errors";
import { mediaKinds } from "@/lib/storage/media-names";
import { cached } from "./cached";
import type { LifecycleDeps } from "./deps";
import { readUpstreamPause } from "./upstream-pause";

export type BalanceAnswer = { ok: true; balance: Balance } | { ok: false; message: string };

/** The header's facts: what is being spent, what is left, whether polling is paused, and storage used. */
export type StudioStatus = {
  /** No key: the built-in simulator, so no money is spent. */
  simulator: boolean;
  spend: { today: Spend; month: Spend };
  /** The APIMart balance of the key (cached a minute); null in simulator mode. */
  balance: BalanceAnswer | null;
  paused: { message: string; since: number } | null;
  storageBytes: number;
};

const BALANCE_TTL_MS = 60_000;
const USAGE_TTL_MS = 15_000;

export type StatusSources = { balance: () => Promise<BalanceAnswer>; storageBytes: () => Promise<number> };

/** The slow figures, each cached (one per process). */
export function statusSources(deps: Pick<LifecycleDeps, "upstream" | "storage" | "clock">): StatusSources {
  // A failed query is not cached: the next status asks again.
  const balance = cached(deps.clock, BALANCE_TTL_MS, () => deps.upstream.getBalance("key"));
  return {
    balance: async (): Promise<BalanceAnswer> => {
      try {
        return { ok: true, balance: await balance() };
      } catch (error) {
        return { ok: false, message: toUserError(error).message };
      }
    },
    storageBytes: cached(deps.clock, USAGE_TTL_MS, async () => {
      let total = 0;
      for (const kind of mediaKinds) for (const object of await deps.storage.list(kind)) total += object.bytes;
      return total;
    }),
  };
}

/** `dayStart` / `monthStart`: the creator's local midnight and first of the month, from the browser. */
export async function studioStatus(
  deps: Pick<LifecycleDeps, "db" | "clock" | "settings">,
  sources: StatusSources,
  periods: { dayStart: number; monthStart: number },
): Promise<StudioStatus> {
  const end = deps.clock.now() + 1;
  const [today, month, pause, storageBytes, balance] = await Promise.all([
    spendBetween(deps.db, periods.dayStart, end),
    spendBetween(deps.db, periods.monthStart, end),
    readUpstreamPause(deps),
    sources.storageBytes(),
    deps.settings.usingSimulator ? Promise.resolve(null) : sources.balance(),
  ]);
  return {
    simulator: deps.settings.usingSimulator,
    spend: { today, month },
    balance,
    paused: pause ? { message: pause.message, since: pause.since } : null,
    storageBytes,
  };
}
