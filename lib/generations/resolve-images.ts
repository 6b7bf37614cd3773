import "server-only";
import { findOwnedImages } from "@/lib/db/images";
import { AppError, toUserError } from "@/lib/errors";
import { type ImageRef, imageLabel, imageRefFromStored } from "@/lib/references/image-ref";
import { mediaUrl } from "@/lib/storage/media-names";
import { ensureFreshUpstreamUrl } from "@/lib/uploads/fresh-url";
import type { LifecycleDeps } from "./deps";
import type { SubmitRequest } from "./recipe";

/**
 * The submit's images, looked up in the app's own images table by asset id: the browser names an image, the
 * server decides what URL is sent for it. Only the submitting owner's images count: another account's asset id
 * is as unknown as a made-up one. An unknown id is a clear error naming the image, before anything is sent.
 */
export async function lookUpImages(
  deps: Pick<LifecycleDeps, "db">,
  images: SubmitRequest["images"],
  ownerId: string,
): Promise<ImageRef[]> {
  const found = await findOwnedImages(
    deps.db,
    images.map((image) => image.assetId),
    { ownerId },
  );
  const rows = new Map(found.map((row) => [row.id, row]));
  return images.map((image, index) => {
    const row = rows.get(image.assetId);
    if (!row) {
      throw new AppError(
        "invalid_request",
        `${imageLabel(index, image.name)} is not stored by O1 Studio. Remove it from the tray and add it again.`,
        { field: `images.${index}` },
      );
    }
    return imageRefFromStored(row, {
      name: image.name,
      previewUrl: mediaUrl("images", row.file),
      upstreamUrl: row.upstreamUrl ?? "",
    });
  });
}

/**
 * APIMart's upload URLs die after 72 h. Before a recipe is sent (again), every image gets a live upstream URL,
 * re-uploaded from the app's copy when needed.
 */
export async function withFreshUpstreamUrls(deps: LifecycleDeps, images: ImageRef[]): Promise<ImageRef[]> {
  return Promise.all(
    images.map(async (image, index) => {
      try {
        return { ...image, upstreamUrl: await ensureFreshUpstreamUrl(deps, image.assetId) };
      } catch (error) {
        const { code, message } = toUserError(error);
        throw new AppError(code, `${imageLabel(index, image.name)} could not be prepared again: ${message}`, {
          field: `images.${index}`,
          cause: error,
        });
      }
    }),
  );
}
