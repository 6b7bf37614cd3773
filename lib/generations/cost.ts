import { type CostEstimate, type CostInput, estimateCost } from "@/lib/apimart/prices";
import { settingsSent } from "@/lib/references/video-settings";
import type { Recipe } from "./recipe";

type Priced = Pick<Recipe, "mode" | "duration" | "aspectRatio" | "video">;

/**
 * What a recipe is priced by (pure, for the composer's estimate and the cards): the seconds that come back (an
 * edited — `base` — video's own length, as `settingsSent` rounds it), the quality, and whether a video goes in (×1.5).
 */
export function recipeCostInput(recipe: Priced): CostInput {
  const sent = settingsSent(recipe, recipe.video);
  return { mode: sent.mode, seconds: sent.outputSeconds, withVideo: recipe.video !== null };
}

/** The price table's figure for a recipe ("≈ $0.34" for std 5 s). */
export function estimateRecipeCost(recipe: Priced): CostEstimate {
  return estimateCost(recipeCostInput(recipe));
}
