import { concat } from "./strip-jpeg";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Chunks that carry EXIF (GPS), free text (often XMP with location) or the time of creation. */
const DROPPED = new Set(["eXIf", "tEXt", "iTXt", "zTXt", "tIME"]);

export class PngFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PngFormatError";
  }
}

/**
 * Removes metadata chunks from a PNG, leaving pixels, palette, transparency and colour chunks
 * byte-for-byte as they were. Anything after IEND is dropped too.
 * Throws PngFormatError when the chunk structure is broken (callers then re-encode instead).
 */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new PngFormatError("missing PNG signature");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept: Uint8Array[] = [bytes.subarray(0, SIGNATURE.length)];
  let offset = SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new PngFormatError(`chunk at ${offset} runs past the end`);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (!DROPPED.has(type)) kept.push(bytes.subarray(offset, end));
    offset = end;
    if (type === "IEND") return concat(kept);
  }
  throw new PngFormatError("no IEND chunk");
}
