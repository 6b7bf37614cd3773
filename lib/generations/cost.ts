import { type CostEstimate, type CostInput, estimateCost } from "@/lib/apimart/prices";
import type { Recipe } from "./recipe";

/**
 * What a recipe is priced by (pure, for the composer's estimate and the cards): the output seconds — an edited
 * (`base`) video follows its input's measured length — the quality, and whether any video goes in (×1.5).
 */
export function recipeCostInput(recipe: Pick<Recipe, "mode" | "duration" | "video">): CostInput {
  const baseSeconds = recipe.video?.referType === "base" ? recipe.video.check?.durationSeconds : undefined;
  return { mode: recipe.mode, seconds: baseSeconds ?? recipe.duration, withVideo: recipe.video !== null };
}

/** The price table's figure for a recipe ("≈ $0.34" for std 5 s). */
export function estimateRecipeCost(recipe: Pick<Recipe, "mode" | "duration" | "video">): CostEstimate {
  return estimateCost(recipeCostInput(recipe));
}
