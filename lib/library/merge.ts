import type { ImageRef } from "@/lib/references/image-ref";

/**
 * The library list with `extra` images it does not have yet put first (just uploaded: the most recently used).
 * Answers `base` itself when nothing is new, so React sees no change.
 */
export function mergeReady(base: readonly ImageRef[], extra: readonly ImageRef[]): readonly ImageRef[] {
  const known = new Set(base.map((image) => image.assetId));
  const fresh = extra.filter((image) => !known.has(image.assetId));
  return fresh.length === 0 ? base : [...fresh, ...base];
}

/** Matches any part of the name, ignoring case. */
export function searchLibrary(images: readonly ImageRef[], query: string): ImageRef[] {
  const q = query.trim().toLowerCase();
  return images.filter((image) => q === "" || image.name.toLowerCase().includes(q));
}
