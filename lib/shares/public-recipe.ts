import type { SharedVideo } from "./shared-generation";
import { type SharedRecipe, toSharedRecipe } from "./shared-recipe";

/**
 * The recipe as anyone with the link may read it: every picture through the share's own URLs (which die with
 * the link), no asset ids and no upstream URLs of the owner's library. Hidden references stay hidden.
 */
export function publicRecipe(shared: SharedVideo): SharedRecipe {
  const base = `/s/${shared.slug}`;
  const recipe = toSharedRecipe(shared.recipe, shared.hideReferences);
  return {
    ...recipe,
    images: recipe.images.map((image, index) => ({
      ...image,
      assetId: "",
      previewUrl: `${base}/images/${index + 1}`,
      upstreamUrl: "",
    })),
    video: recipe.video
      ? {
          ...recipe.video,
          check: recipe.video.check
            ? {
                ...recipe.video.check,
                posterUrl: recipe.video.check.posterUrl ? `${base}/reference-poster.jpg` : undefined,
              }
            : undefined,
        }
      : null,
  };
}
