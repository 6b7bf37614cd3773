import { cleanText } from "./clean-text";
import { imageToken } from "./token";
import type { PromptImageRef, PromptSegment } from "./types";

export type WirePrompt = {
  /** The prompt exactly as APIMart should receive it. */
  prompt: string;
  /**
   * `image_urls`, aligned with the images list: entry i is image i's URL. An image without a URL yet (still
   * uploading) contributes "" so positions never shift; see `pendingImageIds`.
   */
  imageUrls: string[];
  /** Images that chips point at but that are not in the list; their chips were left out of `prompt`. */
  danglingImageIds: string[];
  /** Images in the list that have no URL yet; the request is not ready to send while this is non-empty. */
  pendingImageIds: string[];
};

/**
 * Builds the wire prompt. This is the only place chips get numbers: a chip becomes `<<<image_N>>>` where N is its
 * image's 1-based position in `images` (the tray order, which is also the order of `image_urls`).
 */
export function toWire(doc: ReadonlyArray<PromptSegment>, images: ReadonlyArray<PromptImageRef>): WirePrompt {
  const positions = new Map<string, number>();
  images.forEach((image, index) => {
    // A duplicated id would make a chip ambiguous; the first position wins, as it is the one the creator sees first.
    if (!positions.has(image.id)) positions.set(image.id, index + 1);
  });

  let prompt = "";
  const dangling = new Set<string>();
  for (const segment of doc) {
    if (segment.kind === "text") {
      prompt += cleanText(segment.text);
      continue;
    }
    const position = positions.get(segment.imageId);
    if (position === undefined) dangling.add(segment.imageId);
    else prompt += imageToken(position);
  }

  return {
    prompt,
    imageUrls: images.map((image) => image.url ?? ""),
    danglingImageIds: [...dangling],
    pendingImageIds: images.filter((image) => !image.url).map((image) => image.id),
  };
}

/** The prompt length the 2500-character limit applies to: the wire form, where each chip counts as its token. */
export function wireLength(doc: ReadonlyArray<PromptSegment>, images: ReadonlyArray<PromptImageRef>): number {
  return toWire(doc, images).prompt.length;
}
