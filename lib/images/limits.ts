/**
 * Kling O1's reference-image limits (see shared/api/apimart-kling-o1.md §8–9), checked in the browser and again
 * on the server. Upstream only says "10 MB", so the decimal reading is used: it is the stricter one.
 */
export const MIN_SIDE_PX = 300;
export const MAX_ASPECT = 2.5;
export const MAX_IMAGE_BYTES = 10_000_000;
/** Very large photos are shrunk to this long side before the size rule is applied. */
export const DOWNSCALE_LONG_SIDE_PX = 4096;
/** Quality of every JPEG the app encodes (conversions and downscales). */
export const JPEG_QUALITY = 0.9;
/** The size rules one image must meet; the server's can be changed by environment (lib/generations/capabilities). */
export type ImageLimits = { minSidePx: number; maxAspect: number; maxBytes: number };
export const defaultImageLimits: ImageLimits = {
  minSidePx: MIN_SIDE_PX,
  maxAspect: MAX_ASPECT,
  maxBytes: MAX_IMAGE_BYTES,
};
export const MAX_IMAGES = 7;
export const MAX_IMAGES_WITH_VIDEO = 4;
/** APIMart's upload limit, and what the app's own upload route accepts. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Past this many pixels an image is refused before decoding (a small file can still be a decompression bomb). */
export const MAX_PIXELS = 100_000_000;
