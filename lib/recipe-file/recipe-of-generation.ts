import "server-only";
import type { GenerationRow } from "@/lib/db/generations";
import { findImages } from "@/lib/db/images";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { storedRecipe } from "@/lib/generations/stored-recipe";
import type { FileRecipe } from "./file-recipe";

/** The recipe a downloaded file carries: the stored recipe, its images named by content hash, no URLs of ours. */
export async function fileRecipeOf(deps: Pick<LifecycleDeps, "db">, row: GenerationRow): Promise<FileRecipe> {
  const recipe = await storedRecipe(deps, row);
  const rows = new Map(
    (
      await findImages(
        deps.db,
        recipe.images.map((image) => image.assetId),
      )
    ).map((r) => [r.id, r]),
  );
  return {
    v: 1,
    prompt: recipe.prompt,
    mode: recipe.mode,
    duration: recipe.duration,
    aspectRatio: recipe.aspectRatio,
    images: recipe.images.flatMap((image) => {
      const stored = rows.get(image.assetId);
      // An image whose row is gone can only be named: the file says which one is missing.
      return [
        {
          name: image.name,
          sha256: stored?.sha256 ?? "0".repeat(64),
          width: image.width || undefined,
          height: image.height || undefined,
        },
      ];
    }),
    video: recipe.video
      ? { url: recipe.video.url, referType: recipe.video.referType, keepOriginalSound: recipe.video.keepOriginalSound }
      : null,
  };
}
