import "server-only";
import { findGenerations, listGenerations, listUnfinished } from "@/lib/db/generations";
import { refreshIfStale } from "./refresh";
import { toView } from "./to-view";
import type { GenerationView } from "./view";

/** A poll answers within this time; a slower refresh (a large download) carries on and shows next tick. */
const ANSWER_WITHIN_MS = 2_500;

async function freshen(rows: Awaited<ReturnType<typeof findGenerations>>): Promise<GenerationView[]> {
  const views = await Promise.all(
    rows.map((row) =>
      Promise.race([
        refreshIfStale(row),
        new Promise<typeof row>((resolve) => setTimeout(() => resolve(row), ANSWER_WITHIN_MS).unref()),
      ]),
    ),
  );
  return views.map((row) => toView(row));
}

export async function generationsByIds(ids: string[], options: { force?: boolean } = {}): Promise<GenerationView[]> {
  const rows = findGenerations(ids).map((row) => (options.force ? { ...row, nextPollAt: null } : row));
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return freshen(rows);
}

export async function recentGenerations(options: { limit: number; before?: number }): Promise<GenerationView[]> {
  return freshen(listGenerations(options));
}

/** Server-side sweep so tasks finish and get kept even when no browser is watching (and after a restart). */
export async function sweepUnfinished(): Promise<void> {
  await Promise.allSettled(listUnfinished().map((row) => refreshIfStale(row)));
}
