import { isExifPayload, orientationOnlyApp1, readExifOrientation } from "./jpeg-exif";
import { type JpegPart, parseJpeg } from "./jpeg-segments";

const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

const ICC_PROFILE = Array.from("ICC_PROFILE\0", (char) => char.charCodeAt(0));

function startsWith(payload: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => payload[i] === byte);
}

/**
 * Which segments survive. Kept: JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and Adobe's colour
 * transform flag (APP14), which decoders need to show the right colours. Dropped: APP1 (EXIF with GPS,
 * XMP), other APP2 uses (MPF pointers to embedded images), APP3–APP13 (IPTC and vendor notes), APP15, COM.
 */
function keepSegment(part: Extract<JpegPart, { type: "segment" }>): boolean {
  const { marker, payload } = part;
  if (marker === APP0 || marker === APP14) return true;
  if (marker === APP2) return startsWith(payload, ICC_PROFILE);
  if (marker >= APP1 && marker <= 0xef) return false;
  return marker !== COM;
}

/**
 * Removes location and other personal metadata from a JPEG without re-encoding it (no quality loss).
 * The EXIF Orientation is carried over alone so the photo still shows upright.
 * Throws JpegFormatError when the file is not a well-formed JPEG (callers then re-encode instead).
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { parts } = parseJpeg(bytes);
  let orientation: number | undefined;
  const kept: Uint8Array[] = [];
  for (const part of parts) {
    if (part.type === "segment" && part.marker === APP1 && isExifPayload(part.payload)) {
      orientation ??= readExifOrientation(part.payload);
    }
    if (part.type !== "segment" || keepSegment(part)) kept.push(part.bytes);
  }
  const insertAt = parts[0]?.type === "segment" && parts[0].marker === APP0 ? 1 : 0;
  if (orientation !== undefined && orientation !== 1) kept.splice(insertAt, 0, orientationOnlyApp1(orientation));
  return concat([Uint8Array.of(0xff, 0xd8), ...kept]);
}

/** The EXIF Orientation of a JPEG (1 when absent), without touching anything else. */
export function jpegOrientation(bytes: Uint8Array): number {
  const { parts } = parseJpeg(bytes);
  for (const part of parts) {
    if (part.type === "segment" && part.marker === APP1) {
      const value = readExifOrientation(part.payload);
      if (value !== undefined) return value;
    }
    if (part.type === "scan") break;
  }
  return 1;
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
