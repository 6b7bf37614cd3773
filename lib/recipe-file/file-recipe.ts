import type { AspectRatio, Mode, ReferType } from "@/lib/generations/settings";

/** The start of an MP4 comment that carries an O1 Studio recipe (anything else in a comment is not ours). */
export const RECIPE_COMMENT_PREFIX = "o1studio-recipe:";

/**
 * The recipe as it travels inside a downloaded MP4: what was sent, with images named by their content hash (the
 * file may be dropped into another browser, or after the upstream URLs expired) and the reference video by URL.
 * The server reads it strictly (file-recipe-schema.ts).
 */
export type FileRecipe = {
  v: 1;
  prompt: string;
  mode: Mode;
  duration: 5 | 10;
  aspectRatio: AspectRatio;
  images: Array<{ name: string; sha256: string; width?: number; height?: number }>;
  video: { url: string; referType: ReferType; keepOriginalSound: boolean } | null;
};

export function encodeRecipeComment(recipe: FileRecipe): string {
  return `${RECIPE_COMMENT_PREFIX}${JSON.stringify(recipe)}`;
}

/**
 * The recipe in a comment, or null when the comment is not one of ours or does not read as a recipe. Only its
 * shape is checked here; the server action that restores it parses it strictly and says what is wrong.
 */
export function decodeRecipeComment(comment: string | null): FileRecipe | null {
  if (!comment?.startsWith(RECIPE_COMMENT_PREFIX)) return null;
  try {
    const value: unknown = JSON.parse(comment.slice(RECIPE_COMMENT_PREFIX.length));
    if (typeof value !== "object" || value === null) return null;
    const recipe = value as Partial<FileRecipe>;
    return recipe.v === 1 && typeof recipe.prompt === "string" && Array.isArray(recipe.images)
      ? (recipe as FileRecipe)
      : null;
  } catch {
    return null;
  }
}
