import "server-only";
import { findImages } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import type { ImageRef } from "@/lib/references/image-ref";
import { storeUpload, type UploadDeps } from "@/lib/uploads/store-upload";
import { loadSharedVideo } from "./shared-generation";
import { type SharedRecipe, toSharedRecipe } from "./shared-recipe";

/**
 * "Remix in O1 Studio" for a signed-in visitor: the shared recipe with its images copied into the visitor's own
 * library (their own rows, files and upstream uploads), so their submit never names the owner's assets. The
 * reference video's URL is public (APIMart fetches it); its poster is the owner's and is left for the re-check.
 */
export async function remixShare(
  deps: UploadDeps & Parameters<typeof loadSharedVideo>[0],
  slug: string,
  ownerId: string,
): Promise<SharedRecipe> {
  const shared = await loadSharedVideo(deps, slug);
  if (!shared) throw new AppError("not_found", "This link no longer works.");
  const recipe = toSharedRecipe(shared.recipe, shared.hideReferences);
  const rows = new Map(
    (
      await findImages(
        deps.db,
        recipe.images.map((image) => image.assetId),
      )
    ).map((row) => [row.id, row]),
  );
  const images: ImageRef[] = [];
  for (const image of recipe.images) {
    const row = rows.get(image.assetId);
    // The sharer remixing their own link keeps their own assets, as a gallery remix does.
    if (row?.ownerId === ownerId) {
      images.push(image);
      continue;
    }
    const bytes = row ? await deps.storage.readBuffer("images", row.file) : undefined;
    if (!bytes) throw new AppError("not_found", `The shared image “${image.name}” is no longer available.`);
    images.push(await storeUpload(deps, { bytes, name: image.name, ownerId }));
  }
  const video = recipe.video?.check
    ? { ...recipe.video, check: { ...recipe.video.check, posterUrl: undefined } }
    : recipe.video;
  return { ...recipe, images, video };
}
