import { z } from "zod";
import type { ListFilters } from "./list-filters";
import { aspectRatios, modes } from "./settings";

/** The route's reading of ListFilters from query parameters. */
export const listFiltersSchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(["running", "done", "failed"]).optional(),
  mode: z.enum(modes).optional(),
  aspect: z.enum(aspectRatios).optional(),
  refs: z.literal("1").optional(),
  shared: z.literal("1").optional(),
  fav: z.literal("1").optional(),
}) satisfies z.ZodType<ListFilters>;
