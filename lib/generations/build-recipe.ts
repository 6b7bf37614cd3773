import type { TrayImage } from "@/lib/images/tray-image";
import { type PromptDoc, toWire } from "@/lib/prompt";
import {
  type AspectRatio,
  type Duration,
  type Mode,
  type RecipeInput,
  recipeSchema,
  toWireRequest,
  type WireRequest,
} from "./recipe";

export type DraftInput = {
  draftId: string;
  doc: PromptDoc;
  images: ReadonlyArray<TrayImage>;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  video?: { url: string; referType: "base" | "feature"; keepOriginalSound: boolean; durationSeconds?: number } | null;
};

/** The body as it would be sent right now (pending images keep their slot with an empty URL). */
export function previewWire(draft: DraftInput): WireRequest {
  const wire = toWire(
    draft.doc,
    draft.images.map((image) => ({ id: image.id, url: image.upstreamUrl })),
  );
  return toWireRequest({
    prompt: wire.prompt,
    mode: draft.mode,
    duration: draft.duration,
    aspectRatio: draft.aspectRatio,
    images: wire.imageUrls.map((url) => ({ url })),
    video: draft.video ?? undefined,
  });
}

/**
 * Turns the composer's state into a recipe, or says exactly what stops it. Numbering happens here and only
 * here, from the order the creator sees in the tray.
 */
export function buildRecipe(
  draft: DraftInput,
): { ok: true; recipe: RecipeInput; wire: WireRequest } | { ok: false; message: string } {
  for (const [index, image] of draft.images.entries()) {
    const label = `Image ${index + 1} (${image.name})`;
    if (image.status === "failed") return { ok: false, message: `${label} failed to upload. Retry it or remove it.` };
    if (image.status !== "ready" || !image.upstreamUrl || !image.assetId) {
      return { ok: false, message: `${label} is still uploading. Generate again when it is ready.` };
    }
  }
  const wire = toWire(
    draft.doc,
    draft.images.map((image) => ({ id: image.id, url: image.upstreamUrl })),
  );
  if (wire.danglingImageIds.length > 0) {
    return {
      ok: false,
      message: "The prompt mentions an image that is no longer in the tray. Remove that chip first.",
    };
  }
  const recipe: RecipeInput = {
    draftId: draft.draftId,
    prompt: wire.prompt,
    mode: draft.mode,
    duration: draft.duration,
    aspectRatio: draft.aspectRatio,
    images: draft.images.map((image) => ({
      id: image.assetId ?? image.id,
      url: image.upstreamUrl ?? "",
      name: image.name,
    })),
    video: draft.video ?? undefined,
  };
  const parsed = recipeSchema.safeParse(recipe);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "The request is not valid." };
  return { ok: true, recipe, wire: toWireRequest(parsed.data) };
}
