import { z } from "zod";
import { aspectRatios, modes, referTypes } from "@/lib/generations/settings";
import type { FileRecipe } from "./file-recipe";

/**
 * The server's strict reading of a recipe from a dropped MP4 (the browser only checks that a comment is ours,
 * so zod stays out of its bundle). Typed against FileRecipe: the two cannot drift apart.
 */
export const fileRecipeSchema: z.ZodType<FileRecipe> = z.object({
  v: z.literal(1),
  prompt: z.string().min(1).max(20_000),
  mode: z.enum(modes),
  duration: z.union([z.literal(5), z.literal(10)]),
  aspectRatio: z.enum(aspectRatios),
  images: z
    .array(
      z.object({
        name: z.string().max(200),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        width: z.number().int().positive().optional(),
        height: z.number().int().positive().optional(),
      }),
    )
    .max(10),
  video: z
    .object({ url: z.string().url().max(2000), referType: z.enum(referTypes), keepOriginalSound: z.boolean() })
    .nullable(),
});
