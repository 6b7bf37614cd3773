import { readImageSize } from "./image-size";
import { JPEG_QUALITY, MAX_UPLOAD_BYTES } from "./limits";
import {
  emptyFileMessage,
  notSupportedMessage,
  tooLargeAfterShrinkMessage,
  unreadableMessage,
  uploadTooLargeMessage,
} from "./messages";
import { dimensionProblem, downscaledSize, isOverSizeLimit, type Size } from "./rules";
import { isConvertibleKind, SNIFF_BYTES, type SniffedKind, sniffKind } from "./sniff";
import { stripJpegMetadata } from "./strip-jpeg";
import { stripPngMetadata } from "./strip-png";

/** A picture the browser has decoded (orientation applied), ready to be drawn again as JPEG. */
export type DecodedImage = {
  width: number;
  height: number;
  /** Draws the picture at `size` over white (JPEG has no transparency) and encodes it. */
  toJpeg(size: Size, quality: number): Promise<Blob>;
  close(): void;
};

/**
 * Decoding is the one step that needs a real browser (canvas); it is passed in so the rules around it
 * run anywhere. Rejects when the browser cannot decode the file (HEIC outside Safari, a damaged file).
 */
export type ImageDecoder = (file: Blob) => Promise<DecodedImage>;

export type PreparedImage = {
  blob: Blob;
  /** File name for the upload; ends in .jpg when the browser converted the picture. */
  uploadName: string;
  /** Known when the browser could measure it; the server measures again either way. */
  size?: Size;
};

/** A refusal; `size` when it was the picture's dimensions (so the tray can offer to crop it). */
export type PreflightResult = { ok: true; image: PreparedImage } | { ok: false; message: string; size?: Size };

const fail = (message: string, size?: Size): PreflightResult => ({ ok: false, message, size });

export function jpegName(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${base || "image"}.jpg`;
}

async function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function tryDecode(decode: ImageDecoder, blob: Blob): Promise<DecodedImage | undefined> {
  try {
    return await decode(blob);
  } catch {
    return undefined;
  }
}

/**
 * Encodes a decoded picture as JPEG. A conversion keeps the full size unless the result is over the size
 * limit; a photo already known to be over it goes straight to the 4096 px downscale.
 */
async function encodeWithinLimit(
  name: string,
  decoded: DecodedImage,
  knownTooLarge: boolean,
): Promise<PreflightResult> {
  const full = { width: decoded.width, height: decoded.height };
  let size = knownTooLarge ? downscaledSize(full) : full;
  let blob = await decoded.toJpeg(size, JPEG_QUALITY);
  if (isOverSizeLimit(blob.size) && !knownTooLarge) {
    size = downscaledSize(full);
    blob = await decoded.toJpeg(size, JPEG_QUALITY);
  }
  if (isOverSizeLimit(blob.size)) return fail(tooLargeAfterShrinkMessage(name, blob.size));
  return { ok: true, image: { blob, uploadName: jpegName(name), size } };
}

/** Lets the server finish the job (sharp can decode what this browser cannot), unless the file is too big to send. */
function sendAsIs(file: File, kind: SniffedKind): PreflightResult {
  if (file.size > MAX_UPLOAD_BYTES) return fail(uploadTooLargeMessage(file.name, file.size));
  return { ok: true, image: { blob: file, uploadName: file.name || `image.${kind}` } };
}

function stripped(kind: "jpeg" | "png", bytes: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  try {
    return kind === "jpeg" ? stripJpegMetadata(bytes) : stripPngMetadata(bytes);
  } catch {
    return undefined;
  }
}

async function prepareJpegOrPng(file: File, kind: "jpeg" | "png", decode: ImageDecoder): Promise<PreflightResult> {
  const name = file.name;
  const bytes = await readBytes(file);
  let size = readImageSize(bytes, kind);
  let decoded: DecodedImage | undefined;
  try {
    if (size === undefined) {
      decoded = await tryDecode(decode, file);
      if (decoded === undefined) return fail(unreadableMessage(name, kind));
      size = { width: decoded.width, height: decoded.height };
    }
    const problem = dimensionProblem(name, size);
    if (problem) return fail(problem, size);

    const clean = stripped(kind, bytes);
    if (clean !== undefined && !isOverSizeLimit(clean.length)) {
      const type = kind === "jpeg" ? "image/jpeg" : "image/png";
      return { ok: true, image: { blob: new Blob([clean], { type }), uploadName: name, size } };
    }
    // Too big, or a structure the stripper refuses: a fresh JPEG has no metadata at all.
    decoded ??= await tryDecode(decode, file);
    if (decoded === undefined) {
      return clean === undefined ? fail(unreadableMessage(name, kind)) : sendAsIs(file, kind);
    }
    return await encodeWithinLimit(name, decoded, clean !== undefined);
  } finally {
    decoded?.close();
  }
}

async function prepareConvertible(file: File, kind: SniffedKind, decode: ImageDecoder): Promise<PreflightResult> {
  const name = file.name;
  if (kind === "webp" || kind === "gif") {
    const headerSize = readImageSize(await readBytes(file.slice(0, 64)), kind);
    const problem = headerSize && dimensionProblem(name, headerSize);
    if (problem) return fail(problem, headerSize);
  }
  const decoded = await tryDecode(decode, file);
  if (decoded === undefined) {
    // Chrome and Firefox cannot decode HEIC; the server tries with sharp and explains if it cannot either.
    return sendAsIs(file, kind);
  }
  try {
    const problem = dimensionProblem(name, { width: decoded.width, height: decoded.height });
    if (problem) return fail(problem, { width: decoded.width, height: decoded.height });
    return await encodeWithinLimit(name, decoded, false);
  } finally {
    decoded.close();
  }
}

/**
 * Everything the browser checks before an image is uploaded: real type, size rules, conversion to JPEG
 * where needed, metadata removal and the automatic downscale. The server repeats all of it.
 */
export async function preflightImage(file: File, decode: ImageDecoder): Promise<PreflightResult> {
  if (file.size === 0) return fail(emptyFileMessage(file.name));
  const kind = sniffKind(await readBytes(file.slice(0, SNIFF_BYTES)));
  if (kind === "jpeg" || kind === "png") return prepareJpegOrPng(file, kind, decode);
  if (isConvertibleKind(kind)) return prepareConvertible(file, kind, decode);
  return fail(notSupportedMessage(file.name, kind));
}
