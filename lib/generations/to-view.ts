import "server-only";
import type { GenerationRow } from "@/lib/db/generations";
import { findLiveSharesFor } from "@/lib/db/shares";
import { shareUrl } from "@/lib/shares/share-url";
import type { LifecycleDeps } from "./deps";
import { storedRecipes } from "./stored-recipe";
import type { GenerationView } from "./view";
import { viewOf } from "./view-of";

type ViewDeps = Pick<LifecycleDeps, "db" | "clock" | "settings">;

/**
 * Rows as the browser sees them, in a fixed number of queries however many rows there are (one for legacy
 * images, one for share links), so a poll of 24 cards costs the same as a poll of one.
 */
export async function toViews(deps: ViewDeps, rows: GenerationRow[]): Promise<GenerationView[]> {
  if (rows.length === 0) return [];
  const completed = rows.filter((row) => row.status === "completed").map((row) => row.id);
  const [recipes, shares] = await Promise.all([storedRecipes(deps, rows), findLiveSharesFor(deps.db, completed)]);
  const now = deps.clock.now();
  return rows.map((row, index) => {
    const share = shares.get(row.id);
    const recipe = recipes[index];
    if (!recipe) throw new Error("recipes out of step with rows");
    return viewOf(row, recipe, share && { ...share, url: shareUrl(deps.settings.publicBaseUrl, share.slug) }, {
      now,
      stallAfterMs: deps.settings.stallAfterMs,
    });
  });
}

export async function toView(deps: ViewDeps, row: GenerationRow): Promise<GenerationView> {
  const [view] = await toViews(deps, [row]);
  if (!view) throw new Error("no view for the row");
  return view;
}
