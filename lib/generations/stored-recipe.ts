import "server-only";
import type { GenerationRow } from "@/lib/db/generations";
import { findImages, type ImageRow } from "@/lib/db/images";
import {
  completeStoredImages,
  legacyAssetIds,
  readStoredImages,
  readStoredVideo,
  type StoredImage,
} from "@/lib/references/stored";
import type { LifecycleDeps } from "./deps";
import type { Recipe } from "./recipe";

function recipeOf(row: GenerationRow, images: StoredImage[], legacyRows: ReadonlyMap<string, ImageRow>): Recipe {
  return {
    prompt: row.prompt,
    mode: row.mode,
    duration: row.duration === 10 ? 10 : 5,
    aspectRatio: row.aspectRatio,
    images: completeStoredImages(images, legacyRows),
    video: readStoredVideo(row.videoJson),
  };
}

/**
 * The recipes of past generations, with one query for all of them. Rows written now carry complete references
 * and need no lookup; older rows name their images by id only, and those few are completed from the images table.
 */
export async function storedRecipes(deps: Pick<LifecycleDeps, "db">, rows: GenerationRow[]): Promise<Recipe[]> {
  const images = rows.map((row) => readStoredImages(row.imagesJson));
  const legacy = [...new Set(images.flatMap((entries) => legacyAssetIds(entries)))];
  const found = new Map((await findImages(deps.db, legacy)).map((image) => [image.id, image]));
  return rows.map((row, index) => recipeOf(row, images[index] ?? [], found));
}

export async function storedRecipe(deps: Pick<LifecycleDeps, "db">, row: GenerationRow): Promise<Recipe> {
  const [recipe] = await storedRecipes(deps, [row]);
  if (!recipe) throw new Error("no recipe for the row");
  return recipe;
}
