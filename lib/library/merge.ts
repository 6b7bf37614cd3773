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

/** `found` (a server search's answer) added after the images already held; `base` itself when nothing is new. */
export function mergeFound(base: readonly ImageRef[], found: readonly ImageRef[]): readonly ImageRef[] {
  const known = new Set(base.map((image) => image.assetId));
  const fresh = found.filter((image) => !known.has(image.assetId));
  return fresh.length === 0 ? base : [...base, ...fresh];
}

/**
 * Whether a server search for `query` can find anything the browser does not hold: not when the whole library is
 * held, nor when an earlier search that answered everything it matched covers it (its words are part of these).
 */
export function needsServerSearch(query: string, complete: boolean, answered: Iterable<string>): boolean {
  const q = query.trim().toLowerCase();
  if (complete || q === "") return false;
  for (const earlier of answered) if (q.includes(earlier)) return false;
  return true;
}

/** Matches any part of the name, ignoring case. */
export function searchLibrary(images: readonly ImageRef[], query: string): ImageRef[] {
  const q = query.trim().toLowerCase();
  return images.filter((image) => q === "" || image.name.toLowerCase().includes(q));
}

function isImageRef(value: unknown): value is ImageRef {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.assetId === "string" &&
    typeof item.name === "string" &&
    typeof item.previewUrl === "string" &&
    typeof item.upstreamUrl === "string" &&
    typeof item.width === "number" &&
    typeof item.height === "number"
  );
}

/** The images of a GET /api/library answer (a small guard: no schema library in the browser bundle). */
export function libraryFromBody(body: unknown): ImageRef[] | undefined {
  const images = typeof body === "object" && body !== null ? (body as { images?: unknown }).images : undefined;
  return Array.isArray(images) ? images.filter(isImageRef) : undefined;
}

/** Whether a GET /api/library answer held every image (an answer without the flag, from an older server, did). */
export function libraryCompleteFromBody(body: unknown): boolean {
  return !(typeof body === "object" && body !== null && (body as { complete?: unknown }).complete === false);
}
