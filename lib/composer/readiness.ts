import type { GenerationRequest } from "@/lib/apimart/types";
import { buildSubmitInput, type DraftInput, previewRequest } from "@/lib/generations/build-recipe";
import type { SubmitInput } from "@/lib/generations/recipe";
import { imageLabel } from "@/lib/references/image-ref";
import type { ComposerState, Draft } from "./state";
import { type CountLimits, firstUnready, maxImagesFor } from "./tray";

export function draftInput(draft: Draft): DraftInput {
  return { draftId: draft.draftId, doc: draft.doc, images: draft.images, ...draft.settings, video: draft.video };
}

export type Readiness =
  | { ready: true; input: SubmitInput }
  /** `waiting`: it will pass by itself (an upload, a video check); otherwise the creator has something to fix. */
  | { ready: false; reason: string; waiting: boolean };

/**
 * Whether Generate can send right now, and if not, the one reason to show next to it. The same checks run again
 * when Generate is pressed and on the server; this is what keeps the button honest in between.
 */
export function readiness(state: ComposerState, limits: CountLimits): Readiness {
  const { draft } = state;
  if (!state.hydrated) return { ready: false, reason: "Loading your draft…", waiting: true };
  if (state.videoCheck.pending !== null) {
    return { ready: false, reason: "Checking the reference video…", waiting: true };
  }
  const unready = firstUnready(draft.images);
  if (unready && unready.image.status !== "failed") {
    const label = imageLabel(unready.index, unready.image.name);
    const doing = unready.image.status === "checking" ? "is being checked" : "is still uploading";
    return { ready: false, reason: `${label} ${doing}.`, waiting: true };
  }
  const max = maxImagesFor(limits, draft.video);
  if (draft.images.length > max) {
    const extra = draft.images.length - max;
    return {
      ready: false,
      reason: `At most ${max} images can be used${draft.video ? " with a reference video" : ""}; remove ${extra}.`,
      waiting: false,
    };
  }
  const built = buildSubmitInput(draftInput(draft));
  if (!built.ok) return { ready: false, reason: built.message, waiting: false };
  return { ready: true, input: built.input };
}

/** The request body exactly as it would go out, or null while an image has no upstream URL yet. */
export function previewBody(draft: Draft): GenerationRequest | null {
  return previewRequest(draftInput(draft));
}
