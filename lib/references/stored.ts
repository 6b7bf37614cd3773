import { z } from "zod";
import { referTypes } from "@/lib/generations/settings";
import { mediaUrl } from "@/lib/media/media-url";
import type { ImageRef } from "./image-ref";
import { imageRefSchema } from "./image-ref-schema";
import type { VideoRef } from "./video-ref";
import { videoRefSchema } from "./video-ref-schema";

/**
 * Reading `images_json` / `video_json`. Rows written now hold `ImageRef[]` and a `VideoRef`; rows written before
 * hold the old recipe shapes, which are still read (see the legacy schemas). Nothing here throws: a column that
 * cannot be read counts as empty.
 */

/** The old image entry: `url` was the upstream URL, `id` the asset id; the preview came from the images table. */
const legacyImageSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  name: z.string().default("image"),
});

/** The old video: measured duration and a poster file name in the posters folder, nothing else. */
const legacyVideoSchema = z.object({
  url: z.string().min(1),
  referType: z.enum(referTypes),
  keepOriginalSound: z.boolean(),
  durationSeconds: z.number().positive().optional(),
  posterFile: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
});

/** An old entry still needs the images table for its size and preview. */
export type LegacyImage = { assetId: string; name: string; upstreamUrl: string };
export type StoredImage = { ref: ImageRef } | { legacy: LegacyImage };

function json(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** In image_urls order; an entry that cannot be read is left out. */
export function readStoredImages(text: string): StoredImage[] {
  const value = json(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): StoredImage[] => {
    const ref = imageRefSchema.safeParse(entry);
    if (ref.success) return [{ ref: ref.data }];
    const legacy = legacyImageSchema.safeParse(entry);
    if (!legacy.success) return [];
    return [{ legacy: { assetId: legacy.data.id, name: legacy.data.name, upstreamUrl: legacy.data.url } }];
  });
}

/** The asset ids of old entries: the only images a read has to look up. */
export function legacyAssetIds(images: readonly StoredImage[]): string[] {
  return images.flatMap((image) => ("legacy" in image ? [image.legacy.assetId] : []));
}

/**
 * Completes old entries from their images rows (`file` is the row's file name). An entry whose row is gone can
 * only come from a hand-edited database; it keeps its place (numbering must not shift) with a preview that 404s.
 */
export function completeStoredImages(
  images: readonly StoredImage[],
  rows: ReadonlyMap<string, { width: number; height: number; file: string }>,
): ImageRef[] {
  return images.map((image) => {
    if ("ref" in image) return image.ref;
    const { assetId, name, upstreamUrl } = image.legacy;
    const row = rows.get(assetId);
    return {
      assetId,
      name,
      width: row?.width ?? 0,
      height: row?.height ?? 0,
      previewUrl: mediaUrl("images", row?.file ?? assetId),
      upstreamUrl,
    };
  });
}

export function readStoredVideo(text: string | null): VideoRef | null {
  const value = json(text);
  if (value === null) return null;
  // A row without a check reads the same either way; the old shape is tried first so its extra fields are kept.
  if (typeof value === "object" && "check" in value) {
    const ref = videoRefSchema.safeParse(value);
    return ref.success ? ref.data : null;
  }
  const legacy = legacyVideoSchema.safeParse(value);
  if (!legacy.success) return null;
  const { url, referType, keepOriginalSound, durationSeconds, posterFile } = legacy.data;
  const video: VideoRef = { url, referType, keepOriginalSound };
  if (durationSeconds !== undefined) {
    video.check = { durationSeconds, description: `${durationSeconds.toFixed(1)} s` };
    if (posterFile) video.check.posterUrl = mediaUrl("posters", posterFile);
  }
  return video;
}

/** What a row stores: the references exactly as sent. */
export function storedImagesJson(images: readonly ImageRef[]): string {
  return JSON.stringify(images);
}

export function storedVideoJson(video: VideoRef | null): string | null {
  return video ? JSON.stringify(video) : null;
}
