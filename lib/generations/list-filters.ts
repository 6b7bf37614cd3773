import { z } from "zod";
import { aspectRatios, modes } from "./settings";

/**
 * What the gallery can narrow to. Pure and shared: the browser builds it, the route parses it, and
 * lib/db/generation-list.ts turns it into one query.
 */
export const listFiltersSchema = z.object({
  /** Words of the prompt (or of a reference image's name); every word must match, each as a prefix. */
  q: z.string().trim().max(200).optional(),
  status: z.enum(["running", "done", "failed"]).optional(),
  mode: z.enum(modes).optional(),
  aspect: z.enum(aspectRatios).optional(),
  refs: z.literal("1").optional(),
  shared: z.literal("1").optional(),
  fav: z.literal("1").optional(),
});

export type ListFilters = z.infer<typeof listFiltersSchema>;

/** The filters as URL parameters (empty ones left out, so the unfiltered list has one cache key). */
export function filterParams(filters: ListFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""));
}

export function isFiltered(filters: ListFilters): boolean {
  return Object.keys(filterParams(filters)).length > 0;
}
