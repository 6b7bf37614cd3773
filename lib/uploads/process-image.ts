import "server-only";
import sharp, { type Sharp } from "sharp";
import { limitConcurrency } from "@/lib/images/limit-concurrency";
import {
  DOWNSCALE_LONG_SIDE_PX,
  defaultImageLimits,
  type ImageLimits,
  JPEG_QUALITY,
  MAX_PIXELS,
} from "@/lib/images/limits";
import {
  emptyFileMessage,
  heicMessage,
  notSupportedMessage,
  tooLargeAfterShrinkMessage,
  unreadableMessage,
} from "@/lib/images/messages";
import { dimensionProblem, isOverSizeLimit } from "@/lib/images/rules";
import { isConvertibleKind, isSendableKind, SNIFF_BYTES, type SniffedKind, sniffKind } from "@/lib/images/sniff";
import { UploadRejectedError } from "./upload-error";

export type ProcessedImage = {
  data: Buffer;
  contentType: "image/jpeg" | "image/png";
  extension: "jpg" | "png";
  width: number;
  height: number;
  /** What the bytes were when they arrived. */
  sourceKind: SniffedKind;
};

const quality = Math.round(JPEG_QUALITY * 100);

/**
 * The most pixels decoded at full size. A 10000×10000 photo is 300 MB of RGB; above this budget a JPEG or WebP
 * is shrunk while it is decoded (libjpeg/libwebp scale by 1/2, 1/4, 1/8 on load, which a resize to the 4096 px
 * long side triggers), and any other format is refused, since its decoder has no such shortcut.
 */
export const DECODE_BUDGET_PIXELS = 40_000_000;
const shrinkOnLoadKinds = new Set<SniffedKind>(["jpeg", "webp"]);

/** Decodes at once across the server: each can hold up to the budget in memory, and the machine has two cores. */
const decodeSlot = limitConcurrency(2);

// Decoded images are never reused, so libvips's operation cache only holds memory.
sharp.cache(false);

/**
 * Every decode goes through here: EXIF orientation applied, a pixel cap against decompression bombs, and
 * warnings tolerated (browsers show slightly broken JPEGs too) while real errors still fail.
 */
function open(bytes: Buffer): Sharp {
  return sharp(bytes, { autoOrient: true, limitInputPixels: MAX_PIXELS, failOn: "error", sequentialRead: true });
}

function overBudgetMessage(name: string, width: number, height: number): string {
  const megapixels = Math.round((width * height) / 1_000_000);
  return `${name} is ${width}×${height} px (${megapixels} MP); this server decodes images of this type up to ${DECODE_BUDGET_PIXELS / 1_000_000} MP. Save it as JPEG or shrink it, then add it again.`;
}

/**
 * sharp writes no metadata unless asked to (no keepExif/keepIccProfile here), so every output is free of
 * EXIF, GPS, XMP and IPTC, and in sRGB.
 */
async function encode(pipeline: Sharp, as: "jpeg" | "png") {
  // Optimised Huffman tables need every DCT coefficient of the image in memory at once (~100 MB for 4096×4096);
  // the file is a few percent larger without them, and the memory stays flat.
  const output =
    as === "png"
      ? pipeline.png()
      : pipeline.flatten({ background: "#ffffff" }).jpeg({ quality, mozjpeg: false, optimiseCoding: false });
  return output.toBuffer({ resolveWithObject: true });
}

function unreadable(name: string, kind: SniffedKind, cause: unknown): UploadRejectedError {
  const message = kind === "heic" ? heicMessage(name) : unreadableMessage(name, kind);
  return new UploadRejectedError(message, 422, `sharp could not decode ${kind}: ${String(cause)}`);
}

/**
 * The server's half of the pre-flight: the same rules as the browser, never trusting what it did.
 * JPEG and PNG stay in their format; WebP, GIF, HEIC and AVIF become JPEG; all metadata goes; photos over
 * the size limit are shrunk to a 4096 px long side.
 */
export async function processImage(
  bytes: Buffer,
  name: string,
  limits: ImageLimits = defaultImageLimits,
): Promise<ProcessedImage> {
  return decodeSlot(() => processNow(bytes, name, limits));
}

async function processNow(bytes: Buffer, name: string, limits: ImageLimits): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new UploadRejectedError(emptyFileMessage(name), 400);
  const kind = sniffKind(bytes.subarray(0, SNIFF_BYTES));
  if (!isSendableKind(kind) && !isConvertibleKind(kind)) {
    throw new UploadRejectedError(notSupportedMessage(name, kind), 415, `sniffed ${kind}`);
  }

  let width: number;
  let height: number;
  try {
    // Only the header is read here, so the pixel cap is lifted to let the rules name the real size.
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    ({ width, height } = metadata.autoOrient);
  } catch (cause) {
    throw unreadable(name, kind, cause);
  }
  const problem = dimensionProblem(name, { width, height }, limits);
  if (problem) throw new UploadRejectedError(problem, 422, `${width}x${height}`);
  const overBudget = width * height > DECODE_BUDGET_PIXELS;
  if (overBudget && !shrinkOnLoadKinds.has(kind)) {
    throw new UploadRejectedError(overBudgetMessage(name, width, height), 422, `${width}x${height} ${kind}`);
  }

  // Same rule as the browser: a file over the limit is shrunk, and so is one whose clean re-encode still is.
  const resize = {
    width: DOWNSCALE_LONG_SIDE_PX,
    height: DOWNSCALE_LONG_SIDE_PX,
    fit: "inside",
    withoutEnlargement: true,
  } as const;
  const shrink = () => encode(open(bytes).resize(resize), "jpeg");
  let result: Awaited<ReturnType<typeof encode>>;
  try {
    if (overBudget || isOverSizeLimit(bytes.length, limits)) {
      result = await shrink();
    } else {
      result = await encode(open(bytes), kind === "png" ? "png" : "jpeg");
      if (isOverSizeLimit(result.data.length, limits)) result = await shrink();
    }
  } catch (cause) {
    throw unreadable(name, kind, cause);
  }
  if (isOverSizeLimit(result.data.length, limits)) {
    throw new UploadRejectedError(tooLargeAfterShrinkMessage(name, result.data.length, limits), 422);
  }
  const isPng = result.info.format === "png";
  return {
    data: result.data,
    contentType: isPng ? "image/png" : "image/jpeg",
    extension: isPng ? "png" : "jpg",
    width: result.info.width,
    height: result.info.height,
    sourceKind: kind,
  };
}
