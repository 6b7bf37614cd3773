import type { GenerationRequest } from "@/lib/apimart/types";
import { toGenerationRequest } from "@/lib/apimart/wire";
import { type PromptDoc, toWire } from "@/lib/prompt";
import { imageLabel } from "@/lib/references/image-ref";
import { readyRef, type TrayImage } from "@/lib/references/tray-image";
import { type VideoRef, videoChoice } from "@/lib/references/video-ref";
import { settingsSent } from "@/lib/references/video-settings";
import { defaultCapabilities } from "./capabilities";
import type { SubmitInput } from "./recipe";
import type { AspectRatio, Duration, Mode } from "./settings";
import { submitProblem } from "./submit-check";

/** The composer's state, as the browser holds it. Settings are the creator's choices; a base video overrides two. */
export type DraftInput = {
  draftId: string;
  doc: PromptDoc;
  images: ReadonlyArray<TrayImage>;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  video?: VideoRef | null;
};

/** Chips and tray as lib/prompt reads them: identity, and the upstream URL once there is one. */
function promptImages(draft: DraftInput) {
  return draft.images.map((image) => ({ id: image.id, url: readyRef(image)?.upstreamUrl }));
}

function sentSettings(draft: DraftInput) {
  const { mode, duration, aspectRatio } = settingsSent(draft, draft.video);
  return { mode, duration, aspectRatio };
}

/**
 * The body as it would be sent right now, by the same builder the server uses; null while an image has no upstream
 * URL yet (a body with a hole in `image_urls` would show something that can never be sent). The server may still
 * renew an expired upload URL before sending.
 */
export function previewRequest(draft: DraftInput): GenerationRequest | null {
  const wire = toWire(draft.doc, promptImages(draft));
  if (wire.pendingImageIds.length > 0) return null;
  return toGenerationRequest({
    prompt: wire.prompt,
    ...sentSettings(draft),
    images: wire.imageUrls.map((upstreamUrl) => ({ upstreamUrl })),
    video: draft.video,
  });
}

/**
 * Turns the composer's state into the submit input, or says exactly what stops it. Numbering happens here and
 * only here, from the order the creator sees in the tray. Images go by asset id; the server resolves the URLs.
 */
export function buildSubmitInput(draft: DraftInput): { ok: true; input: SubmitInput } | { ok: false; message: string } {
  const images: Array<{ assetId: string; name: string }> = [];
  for (const [index, image] of draft.images.entries()) {
    const label = imageLabel(index, image.name);
    if (image.status === "failed") return { ok: false, message: `${label} failed to upload. Retry it or remove it.` };
    const ref = readyRef(image);
    if (!ref) return { ok: false, message: `${label} is still uploading. Generate again when it is ready.` };
    images.push({ assetId: ref.assetId, name: image.name });
  }
  const wire = toWire(draft.doc, promptImages(draft));
  if (wire.danglingImageIds.length > 0) {
    return {
      ok: false,
      message: "The prompt mentions an image that is no longer in the tray. Remove that chip first.",
    };
  }
  const input: SubmitInput = {
    draftId: draft.draftId,
    prompt: wire.prompt,
    ...sentSettings(draft),
    images,
    video: draft.video ? videoChoice(draft.video) : undefined,
  };
  // The default limits, as before: the server checks the configured ones again.
  const problem = submitProblem(input, defaultCapabilities);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, input };
}
