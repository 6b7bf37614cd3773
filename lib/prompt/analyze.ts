import { PROMPT_LIMIT } from "@/lib/generations/settings";
import { imageToken, tokenPositions } from "./token";
import type { PromptImageRef, PromptSegment, PromptWarning } from "./types";
import { toWire } from "./wire";

/**
 * Everything worth telling the creator before money is spent. Judged on the wire prompt, because that is what
 * APIMart reads: a literal `<<<image_2>>>` left as text is a mention of image 2 there, and one numbered past the
 * last image is as dangling as a chip whose image was removed.
 *
 * Order: dangling, unmentioned, over_limit, empty.
 */
export function analyzePrompt(
  doc: ReadonlyArray<PromptSegment>,
  images: ReadonlyArray<PromptImageRef>,
): PromptWarning[] {
  const wire = toWire(doc, images);
  const positions = tokenPositions(wire.prompt);
  const warnings: PromptWarning[] = [];

  const danglingChips = doc.filter(
    (segment) => segment.kind === "chip" && wire.danglingImageIds.includes(segment.imageId),
  ).length;
  const danglingLiterals = positions.filter((position) => position < 1 || position > images.length).length;
  if (danglingChips + danglingLiterals > 0)
    warnings.push({ kind: "dangling", count: danglingChips + danglingLiterals });

  const mentioned = new Set(positions);
  const unmentioned = images.filter((_, index) => !mentioned.has(index + 1)).map((image) => image.id);
  if (unmentioned.length > 0) {
    warnings.push(
      positions.length === 0
        ? { kind: "unmentioned", imageIds: unmentioned, effectivePrompt: imageToken(1) + wire.prompt }
        : { kind: "unmentioned", imageIds: unmentioned },
    );
  }

  if (wire.prompt.length > PROMPT_LIMIT) {
    warnings.push({ kind: "over_limit", length: wire.prompt.length, limit: PROMPT_LIMIT });
  }
  if (wire.prompt.trim() === "") warnings.push({ kind: "empty" });
  return warnings;
}
