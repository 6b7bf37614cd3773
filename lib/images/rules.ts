import { DOWNSCALE_LONG_SIDE_PX, defaultImageLimits, type ImageLimits, MAX_PIXELS } from "./limits";
import { aspectMessage, tooManyMessage, tooManyPixelsMessage, tooSmallMessage } from "./messages";

export type Size = { width: number; height: number };

/** The first dimension rule the image breaks, as a message for the creator; undefined when it passes. */
export function dimensionProblem(
  name: string,
  { width, height }: Size,
  limits: ImageLimits = defaultImageLimits,
): string | undefined {
  if (width * height > MAX_PIXELS) return tooManyPixelsMessage(name, width, height);
  if (width < limits.minSidePx || height < limits.minSidePx) return tooSmallMessage(name, width, height, limits);
  const ratio = Math.max(width, height) / Math.min(width, height);
  if (ratio > limits.maxAspect) return aspectMessage(name, width, height, limits);
  return undefined;
}

/**
 * Whether cropping would make a refused picture usable: "crop" when only its shape is refused (a crop at the
 * limit keeps its short side), "too-small" when a side is under the minimum (a crop can only make it smaller).
 */
export function cropChance(size: Size, limits: ImageLimits = defaultImageLimits): "crop" | "too-small" | null {
  if (size.width * size.height > MAX_PIXELS) return null;
  if (size.width < limits.minSidePx || size.height < limits.minSidePx) return "too-small";
  return Math.max(size.width, size.height) / Math.min(size.width, size.height) > limits.maxAspect ? "crop" : null;
}

export function isOverSizeLimit(bytes: number, limits: ImageLimits = defaultImageLimits): boolean {
  return bytes > limits.maxBytes;
}

/** Target size for the automatic downscale: long side at most 4096 px, never enlarged. */
export function downscaledSize({ width, height }: Size): Size {
  const scale = Math.min(1, DOWNSCALE_LONG_SIDE_PX / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** How many of `incoming` files fit next to `current` images, and the message for the rest. */
export function splitByCount(
  current: number,
  incoming: number,
  maxImages: number,
): { accepted: number; message?: string } {
  const accepted = Math.max(0, Math.min(incoming, maxImages - current));
  const refused = incoming - accepted;
  return refused > 0 ? { accepted, message: tooManyMessage(maxImages, refused) } : { accepted };
}
