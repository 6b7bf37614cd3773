import "server-only";
import type { GenerationRow } from "@/lib/db/generations";
import { findImages } from "@/lib/db/images";
import { completeStoredImages, legacyAssetIds, readStoredImages, readStoredVideo } from "@/lib/references/stored";
import type { Recipe } from "./recipe";

/**
 * The recipe of a past generation. Rows written now carry complete references and need no lookup; older rows
 * name their images by id only, and those few are completed from the images table.
 */
export function storedRecipe(row: GenerationRow): Recipe {
  const images = readStoredImages(row.imagesJson);
  const legacy = legacyAssetIds(images);
  const rows = new Map(findImages(legacy).map((image) => [image.id, image]));
  return {
    prompt: row.prompt,
    mode: row.mode,
    duration: row.duration === 10 ? 10 : 5,
    aspectRatio: row.aspectRatio,
    images: completeStoredImages(images, rows),
    video: readStoredVideo(row.videoJson),
  };
}
