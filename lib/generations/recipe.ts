import { z } from "zod";
import { IMAGE_NAME_MAX, type ImageRef } from "@/lib/references/image-ref";
import { imageRefSchema } from "@/lib/references/image-ref-schema";
import type { VideoRef } from "@/lib/references/video-ref";
import { videoChoiceSchema, videoRefSchema } from "@/lib/references/video-ref-schema";
import { type Capabilities, defaultCapabilities, maxImagesFor } from "./capabilities";
import { type AspectRatio, aspectRatios, type Duration, durations, type Mode, modes, PROMPT_LIMIT } from "./settings";

/**
 * A generation's recipe, resolved: the references are the app's own (`ImageRef`, `VideoRef`). This is what a row
 * stores, the gallery shows, a share link offers and a remix loads.
 */
export type Recipe = {
  /** With `<<<image_N>>>` tokens; N is the position in `images`. */
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  images: ImageRef[];
  video: VideoRef | null;
};

/**
 * What the composer sends to submit. Images are named by asset id only: the server looks each one up in its own
 * images table (never trusting a URL from the browser); `name` is only for messages. Pure, so the browser checks a
 * draft with the same rules before the server checks it again.
 */
export const submitImageSchema = z.object({
  assetId: z.string().min(1).max(100),
  name: z.string().max(IMAGE_NAME_MAX).default("image"),
});

/** The submit input's rules for a set of model limits (the server uses its configured ones). */
export function submitInputSchemaFor(capabilities: Capabilities) {
  const { maxImages, promptLimit } = capabilities;
  const images = (count: number) => (count === 1 ? "one image" : `${count} images`);
  return z
    .object({
      draftId: z.string().min(8).max(100),
      prompt: z
        .string()
        .trim()
        .min(1, "Write a prompt first.")
        .max(promptLimit, `The prompt is over the ${promptLimit}-character limit.`),
      mode: z.enum(modes),
      duration: z.literal(durations),
      aspectRatio: z.enum(aspectRatios),
      images: z
        .array(submitImageSchema)
        .max(maxImages, `At most ${images(maxImages)}.`)
        .default([]),
      video: videoChoiceSchema.optional(),
    })
    .superRefine((input, ctx) => {
      if (!input.video) return;
      const limit = maxImagesFor(capabilities, input.video);
      if (input.images.length <= limit) return;
      ctx.addIssue({
        code: "custom",
        path: ["images"],
        message: `With a ${input.video.referType === "feature" ? "feature" : "reference"} video, at most ${images(limit)}.`,
      });
    });
}

/** With the default limits: what the browser checks a draft against. */
export const submitInputSchema = submitInputSchemaFor(defaultCapabilities);

export type SubmitInput = z.input<ReturnType<typeof submitInputSchemaFor>>;
export type SubmitRequest = z.output<ReturnType<typeof submitInputSchemaFor>>;

/** A resolved recipe as the submit input that reproduces it (retry, and the composer after a remix). */
export function toSubmitInput(recipe: Recipe, draftId: string): SubmitInput {
  return {
    draftId,
    prompt: recipe.prompt,
    mode: recipe.mode,
    duration: recipe.duration,
    aspectRatio: recipe.aspectRatio,
    images: recipe.images.map((image) => ({ assetId: image.assetId, name: image.name })),
    video: recipe.video
      ? { url: recipe.video.url, referType: recipe.video.referType, keepOriginalSound: recipe.video.keepOriginalSound }
      : undefined,
  };
}

/** A `Recipe` from the network (a share link's recipe), checked before the composer loads it. */
export const recipeSchema = z.object({
  prompt: z.string().max(PROMPT_LIMIT * 2),
  mode: z.enum(modes),
  duration: z.literal(durations),
  aspectRatio: z.enum(aspectRatios),
  // Generous: a recipe recorded under other limits must still load (the submit checks the current ones).
  images: z.array(imageRefSchema).max(50),
  video: videoRefSchema.nullable(),
}) satisfies z.ZodType<Recipe>;
