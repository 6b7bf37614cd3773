import { readExifOrientation, swapsSides } from "./jpeg-exif";
import { isStartOfFrame, parseJpeg } from "./jpeg-segments";
import type { Size } from "./rules";
import type { SniffedKind } from "./sniff";

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}
function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u24le(bytes: Uint8Array, at: number): number {
  return u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
}
function u32be(bytes: Uint8Array, at: number): number {
  return u16be(bytes, at) * 0x10000 + u16be(bytes, at + 2);
}

function jpegSize(bytes: Uint8Array): Size | undefined {
  let orientation: number | undefined;
  for (const part of parseJpeg(bytes).parts) {
    if (part.type !== "segment") continue;
    if (part.marker === 0xe1) orientation ??= readExifOrientation(part.payload);
    if (isStartOfFrame(part.marker) && part.payload.length >= 5) {
      const height = u16be(part.payload, 1);
      const width = u16be(part.payload, 3);
      if (width === 0 || height === 0) return undefined;
      return swapsSides(orientation) ? { width: height, height: width } : { width, height };
    }
  }
  return undefined;
}

function webpSize(bytes: Uint8Array): Size | undefined {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === "VP8 " && bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a) {
    return { width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff };
  }
  if (chunk === "VP8L" && bytes[20] === 0x2f) {
    const b1 = bytes[22] ?? 0;
    const b2 = bytes[23] ?? 0;
    const b3 = bytes[24] ?? 0;
    const width = 1 + (((b1 & 0x3f) << 8) | (bytes[21] ?? 0));
    const height = 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6));
    return { width, height };
  }
  if (chunk === "VP8X") return { width: 1 + u24le(bytes, 24), height: 1 + u24le(bytes, 27) };
  return undefined;
}

/**
 * Width and height as the image is shown (EXIF orientation applied), read from the file header without
 * decoding pixels. Undefined for formats it does not parse (HEIC, AVIF) or a broken header.
 */
export function readImageSize(bytes: Uint8Array, kind: SniffedKind): Size | undefined {
  try {
    switch (kind) {
      case "jpeg":
        return jpegSize(bytes);
      case "png":
        if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
        return { width: u32be(bytes, 16), height: u32be(bytes, 20) };
      case "gif":
        return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : undefined;
      case "webp":
        return webpSize(bytes);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
