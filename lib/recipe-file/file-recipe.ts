import { z } from "zod";
import { aspectRatios, modes, referTypes } from "@/lib/generations/settings";

/** The start of an MP4 comment that carries an O1 Studio recipe (anything else in a comment is not ours). */
export const RECIPE_COMMENT_PREFIX = "o1studio-recipe:";

/**
 * The recipe as it travels inside a downloaded MP4: what was sent, with images named by their content hash (the
 * file may be dropped into another browser, or after the upstream URLs expired) and the reference video by URL.
 */
export const fileRecipeSchema = z.object({
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

export type FileRecipe = z.infer<typeof fileRecipeSchema>;

export function encodeRecipeComment(recipe: FileRecipe): string {
  return `${RECIPE_COMMENT_PREFIX}${JSON.stringify(recipe)}`;
}

/** The recipe in a comment, or null when the comment is not one of ours or does not read as a recipe. */
export function decodeRecipeComment(comment: string | null): FileRecipe | null {
  if (!comment?.startsWith(RECIPE_COMMENT_PREFIX)) return null;
  try {
    const parsed = fileRecipeSchema.safeParse(JSON.parse(comment.slice(RECIPE_COMMENT_PREFIX.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
