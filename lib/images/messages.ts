import { defaultImageLimits, type ImageLimits, MAX_ASPECT } from "./limits";
import type { SniffedKind } from "./sniff";

/**
 * Every rejection names the file, the rule and the measured value, so the creator knows what to fix.
 * Shared by the browser pre-flight and the server, which must say the same thing.
 */

const notImageLabels: Partial<Record<SniffedKind, string>> = {
  pdf: "a PDF",
  video: "a video",
  zip: "a ZIP archive",
  html: "a web page",
  text: "a text file",
};

const unsupportedImageLabels: Partial<Record<SniffedKind, string>> = {
  tiff: "a TIFF image",
  bmp: "a BMP image",
  svg: "an SVG drawing",
};

/** Megabytes with one decimal, in the same decimal units as the limits. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb < 0.1 ? mb.toFixed(2) : mb.toFixed(1)} MB`;
}

function limitMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}

/**
 * "5:1", "1:2.6", "2.51:1": two decimals, or three when two would round an out-of-range ratio back onto
 * the limit (751×300 is "2.504:1", never "2.5:1").
 */
export function formatRatio(width: number, height: number): string {
  const ratio = Math.max(width, height) / Math.min(width, height);
  let shown = Math.round(ratio * 100) / 100;
  if (ratio > MAX_ASPECT && shown <= MAX_ASPECT) shown = Math.ceil(ratio * 1000) / 1000;
  return width >= height ? `${shown}:1` : `1:${shown}`;
}

export function notSupportedMessage(name: string, kind: SniffedKind): string {
  const unsupported = unsupportedImageLabels[kind];
  if (unsupported) return `${name} is ${unsupported}, which can't be used. Use JPEG or PNG.`;
  const label = notImageLabels[kind];
  if (label) return `${name} is not an image (it looks like ${label}). Use JPEG or PNG.`;
  return `${name} is not an image this app can read. Use JPEG or PNG.`;
}

export function emptyFileMessage(name: string): string {
  return `${name} is empty (0 bytes).`;
}

export function tooSmallMessage(name: string, width: number, height: number, limits = defaultImageLimits): string {
  return `${name} is ${width}×${height} px; each side must be at least ${limits.minSidePx} px.`;
}

export function aspectMessage(name: string, width: number, height: number, limits = defaultImageLimits): string {
  const max = limits.maxAspect;
  return `${name} is ${width}×${height} (${formatRatio(width, height)}); the aspect ratio must be between 1:${max} and ${max}:1.`;
}

export function tooManyPixelsMessage(name: string, width: number, height: number): string {
  return `${name} is ${width}×${height} px, too large to process. Shrink it below 100 megapixels and add it again.`;
}

export function tooLargeAfterShrinkMessage(
  name: string,
  bytes: number,
  limits: ImageLimits = defaultImageLimits,
): string {
  return `${name} is ${formatMegabytes(bytes)} even after shrinking; each image must be at most ${limitMegabytes(limits.maxBytes)}.`;
}

/** The upload cap is APIMart's 20 MiB; it is named as "20 MB" like APIMart's own docs do. */
export function uploadTooLargeMessage(name: string, bytes?: number): string {
  const size = bytes === undefined ? "over 20 MB" : formatMegabytes(bytes);
  return `${name} is ${size}; files larger than 20 MB can't be uploaded. Export a smaller JPEG and add it again.`;
}

export function heicMessage(name: string): string {
  return `${name} is a HEIC photo, which can't be converted here. Export it as JPEG (on iPhone: Settings → Camera → Formats → Most Compatible) and add it again.`;
}

export function unreadableMessage(name: string, kind: SniffedKind): string {
  const type = kind === "unknown" ? "image" : `${kind.toUpperCase()} image`;
  return `${name} could not be read as a ${type}; the file may be damaged. Export it again as JPEG or PNG.`;
}

export function tooManyMessage(maxImages: number, notAdded: number): string {
  const files = notAdded === 1 ? "1 file was" : `${notAdded} files were`;
  return `You can add at most ${maxImages} ${maxImages === 1 ? "image" : "images"}; ${files} not added.`;
}
