import "server-only";
import { findGenerations, type GenerationListQuery, listGenerations, type OwnerScope } from "@/lib/db/generations";
import type { LifecycleDeps } from "./deps";
import { pollTask } from "./refresh";
import { toViews } from "./to-view";
import type { GenerationView } from "./view";

/**
 * Reads for the poll route. The background sweep does the asking upstream (bounded, under leases), so a
 * poll is a read; only "Check again" (`force`) asks upstream right away, for that one generation.
 */
export async function generationsByIds(
  deps: LifecycleDeps,
  ids: string[],
  options: OwnerScope & { force?: boolean },
): Promise<GenerationView[]> {
  // Only the caller's own rows: another owner's id is neither read nor checked upstream.
  let rows = await findGenerations(deps.db, ids, options);
  const first = rows.find((row) => row.id === ids[0]);
  if (options.force && first) {
    await pollTask(deps, first.id, { force: true });
    rows = await findGenerations(deps.db, ids, options);
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return toViews(deps, rows);
}

export async function recentGenerations(
  deps: LifecycleDeps,
  options: OwnerScope & GenerationListQuery,
): Promise<GenerationView[]> {
  return toViews(deps, await listGenerations(deps.db, options));
}
