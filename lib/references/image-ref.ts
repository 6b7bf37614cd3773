import { z } from "zod";

/**
 * A reference image, the same from the tray to a remix: upload answer, draft, recipe, stored row, gallery view,
 * share recipe. The two URLs never swap roles.
 */
export type ImageRef = {
  /** The app's id of the stored image (`images.id`); what the submit names and the server looks up. */
  assetId: string;
  /** The name the creator knows it by ("beach.jpg"). */
  name: string;
  width: number;
  height: number;
  /** The app's own copy (/media/images/…), for <img>. Never sent upstream. */
  previewUrl: string;
  /** What `image_urls` carries: APIMart's upload URL (or the simulator's). Dies after ~72 h upstream. */
  upstreamUrl: string;
};

export const IMAGE_NAME_MAX = 200;

export const imageRefSchema = z.object({
  assetId: z.string().min(1).max(100),
  name: z.string().max(IMAGE_NAME_MAX),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  previewUrl: z.string().min(1),
  upstreamUrl: z.string().min(1),
}) satisfies z.ZodType<ImageRef>;

/**
 * A stored image as a reference. `name` is the creator's name for it in this recipe (the row keeps the name of
 * whoever uploaded those bytes first); `previewUrl` is the app's URL of the row's file.
 */
export function imageRefFromStored(
  row: { id: string; width: number; height: number },
  urls: { name: string; previewUrl: string; upstreamUrl: string },
): ImageRef {
  return {
    assetId: row.id,
    name: urls.name,
    width: row.width,
    height: row.height,
    previewUrl: urls.previewUrl,
    upstreamUrl: urls.upstreamUrl,
  };
}

/** Label used in every message about one image: "Image 2 (beach.jpg)". */
export function imageLabel(index: number, name: string): string {
  return `Image ${index + 1} (${name})`;
}
