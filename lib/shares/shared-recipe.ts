import type { Recipe } from "@/lib/generations/recipe";

/**
 * What GET /api/shares/{slug}/recipe answers for "Remix in O1 Studio": a `Recipe` like any other (the composer
 * loads it the way it loads a gallery remix). Hidden references are left out, and `referencesHidden` says so.
 */
export type SharedRecipe = Recipe & { referencesHidden: boolean };

export function toSharedRecipe(recipe: Recipe, hideReferences: boolean): SharedRecipe {
  const hidden = hideReferences && (recipe.images.length > 0 || recipe.video !== null);
  return hideReferences
    ? { ...recipe, images: [], video: null, referencesHidden: hidden }
    : { ...recipe, referencesHidden: false };
}
