import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/control-characters";

/**
 * A generation recipe as the composer sends it. Pure (no server code) so the browser can check a draft
 * with the same rules before the server checks it again.
 */
export const PROMPT_LIMIT = 2500;
export const MAX_IMAGES = 7;
export const MAX_IMAGES_WITH_VIDEO = 4;

export const modes = ["std", "pro"] as const;
export const durations = [5, 10] as const;
export const aspectRatios = ["16:9", "9:16", "1:1"] as const;

export type Mode = (typeof modes)[number];
export type Duration = (typeof durations)[number];
export type AspectRatio = (typeof aspectRatios)[number];

export const modeLabels: Record<Mode, string> = { std: "Standard · 720p", pro: "Pro · 1080p" };

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

export const recipeImageSchema = z.object({
  /** The app's id of the image; chips refer to this, never to a number. */
  id: z.string().min(1),
  url: httpUrl,
  name: z.string().max(200).default("image"),
});

export const recipeVideoSchema = z.object({
  url: httpUrl,
  referType: z.enum(["base", "feature"]),
  keepOriginalSound: z.boolean(),
  /** Measured on the server; with `base` the output follows it. */
  durationSeconds: z.number().positive().max(60).optional(),
  /** A poster frame the app kept of the reference video (file name in the posters folder). */
  posterFile: z
    .string()
    .regex(/^[\w.-]+$/)
    .optional(),
});

export const recipeSchema = z
  .object({
    draftId: z.string().min(8).max(100),
    prompt: z
      .string()
      .trim()
      .min(1, "Write a prompt first.")
      .max(PROMPT_LIMIT, `The prompt is over the ${PROMPT_LIMIT}-character limit.`),
    mode: z.enum(modes),
    duration: z.union([z.literal(5), z.literal(10)]),
    aspectRatio: z.enum(aspectRatios),
    images: z.array(recipeImageSchema).max(MAX_IMAGES, `At most ${MAX_IMAGES} images.`).default([]),
    video: recipeVideoSchema.optional(),
  })
  .superRefine((recipe, ctx) => {
    if (recipe.video && recipe.images.length > MAX_IMAGES_WITH_VIDEO) {
      ctx.addIssue({
        code: "custom",
        path: ["images"],
        message: `With a reference video, at most ${MAX_IMAGES_WITH_VIDEO} images.`,
      });
    }
    if (recipe.video?.referType === "feature" && recipe.images.length > 1) {
      ctx.addIssue({ code: "custom", path: ["images"], message: "With a feature video, at most one image." });
    }
  });

export type RecipeInput = z.input<typeof recipeSchema>;
export type Recipe = z.output<typeof recipeSchema>;

/** The documented wire body for APIMart. */
export type WireRequest = {
  model: "kling-video-o1";
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspect_ratio: AspectRatio;
  image_urls?: string[];
  video_list?: Array<{ video_url: string; refer_type: "base" | "feature"; keep_original_sound: "yes" | "no" }>;
};

export type WireInput = Pick<Recipe, "prompt" | "mode" | "duration" | "aspectRatio" | "video"> & {
  images: ReadonlyArray<{ url: string }>;
};

export function toWireRequest(recipe: WireInput): WireRequest {
  const body: WireRequest = {
    model: "kling-video-o1",
    // NUL and other control characters never reach APIMart; line breaks and tabs stay.
    prompt: stripControlCharacters(recipe.prompt, { multiline: true }),
    mode: recipe.mode,
    duration: recipe.duration,
    aspect_ratio: recipe.aspectRatio,
  };
  if (recipe.images.length > 0) body.image_urls = recipe.images.map((image) => image.url);
  if (recipe.video) {
    body.video_list = [
      {
        video_url: recipe.video.url,
        refer_type: recipe.video.referType,
        keep_original_sound: recipe.video.keepOriginalSound ? "yes" : "no",
      },
    ];
  }
  return body;
}
