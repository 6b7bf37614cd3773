import "server-only";
import { findImageBySha256 } from "@/lib/db/images";
import type { LifecycleDeps } from "@/lib/generations/deps";
import type { Recipe } from "@/lib/generations/recipe";
import { imageToken, replaceTokens } from "@/lib/prompt/token";
import type { ImageRef } from "@/lib/references/image-ref";
import { toImageRef } from "@/lib/uploads/store-upload";
import type { FileRecipe } from "./file-recipe";

export type RestoredRecipe = { recipe: Recipe; missing: string[] };

/**
 * A recipe read from a dropped MP4, for this owner's composer: each image found in their own library by content
 * hash; an image that is not there is named in `missing`, and its mentions in the prompt become its name in
 * words (the later images renumbered), so the prompt still reads and nothing points at the wrong picture.
 */
export async function restoreFileRecipe(
  deps: Pick<LifecycleDeps, "db">,
  file: FileRecipe,
  ownerId: string,
): Promise<RestoredRecipe> {
  const images: ImageRef[] = [];
  const missing: string[] = [];
  const newNumber = new Map<number, number>();
  for (const [index, image] of file.images.entries()) {
    const row = await findImageBySha256(deps.db, { ownerId }, image.sha256);
    if (row?.upstreamUrl) {
      images.push(toImageRef(row, image.name));
      newNumber.set(index + 1, images.length);
    } else {
      missing.push(image.name);
    }
  }
  const prompt = replaceTokens(file.prompt, (position) => {
    const number = newNumber.get(position);
    if (number !== undefined) return imageToken(number);
    return file.images[position - 1]?.name ?? "";
  });
  return {
    recipe: {
      prompt,
      mode: file.mode,
      duration: file.duration,
      aspectRatio: file.aspectRatio,
      images,
      video: file.video,
    },
    missing,
  };
}
