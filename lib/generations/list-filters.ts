import type { AspectRatio, Mode } from "./settings";

/**
 * What the gallery can narrow to. Pure and zod-free (the browser bundle stays small): the browser builds it,
 * the route parses it with `listFiltersSchema` (list-filters-schema.ts), lib/db/generation-list.ts queries it.
 */
export type ListFilters = {
  /** Words of the prompt (or of a reference image's name); every word must match, each as a prefix. */
  q?: string;
  status?: "running" | "done" | "failed";
  mode?: Mode;
  aspect?: AspectRatio;
  refs?: "1";
  shared?: "1";
  fav?: "1";
};

/** The filters as URL parameters (empty ones left out, so the unfiltered list has one cache key). */
export function filterParams(filters: ListFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}

export function isFiltered(filters: ListFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}
