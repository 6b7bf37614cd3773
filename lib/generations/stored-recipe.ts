import "server-only";
import { z } from "zod";
import type { GenerationRow } from "@/lib/db/generations";
import { type AspectRatio, type Duration, type Mode, recipeImageSchema, recipeVideoSchema } from "./recipe";

/** The recipe of a past generation, as remix and retry need it. */
export type StoredRecipe = {
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  images: Array<z.output<typeof recipeImageSchema>>;
  video: z.output<typeof recipeVideoSchema> | null;
};

const imagesSchema = z.array(recipeImageSchema).catch([]);
const videoSchema = recipeVideoSchema.nullable().catch(null);

function json(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function storedRecipe(row: GenerationRow): StoredRecipe {
  return {
    prompt: row.prompt,
    mode: row.mode,
    duration: row.duration === 10 ? 10 : 5,
    aspectRatio: row.aspectRatio,
    images: imagesSchema.parse(json(row.imagesJson)),
    video: videoSchema.parse(json(row.videoJson)),
  };
}
