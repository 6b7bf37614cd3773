import { isRecord, isSafeInt, isText } from "@/lib/json/guards";

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

/**
 * An `ImageRef` from JSON (a route's answer, the stored draft), copied field by field like a zod parse (extra
 * keys dropped); the same rules as `imageRefSchema` (image-ref-schema.ts), without zod in the browser.
 */
export function readImageRef(value: unknown): ImageRef | undefined {
  if (!isRecord(value)) return undefined;
  const { assetId, name, width, height, previewUrl, upstreamUrl } = value;
  if (!isText(assetId, 1, 100) || !isText(name, 0, IMAGE_NAME_MAX)) return undefined;
  if (!isSafeInt(width) || width < 0 || !isSafeInt(height) || height < 0) return undefined;
  if (!isText(previewUrl, 1) || !isText(upstreamUrl, 1)) return undefined;
  return { assetId, name, width, height, previewUrl, upstreamUrl };
}

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
