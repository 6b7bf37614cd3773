/**
 * A JPEG is a list of marker segments; pixels follow each SOS in entropy-coded runs that can only be
 * skipped by scanning for the next real marker. This walks the whole file so progressive JPEGs
 * (several scans) work, and stops at EOI: whatever follows (phone "motion photo" videos, MPF
 * secondary images with their own EXIF) is not part of the picture.
 */
export type JpegPart =
  /** A marker segment, including its 0xFF xx prefix and length. `payload` excludes both. */
  | { type: "segment"; marker: number; bytes: Uint8Array; payload: Uint8Array }
  /** A marker without a length (RSTn, TEM). */
  | { type: "standalone"; marker: number; bytes: Uint8Array }
  /** Entropy-coded data after an SOS header. */
  | { type: "scan"; bytes: Uint8Array };

export class JpegFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JpegFormatError";
  }
}

export const SOI = 0xd8;
export const EOI = 0xd9;
export const SOS = 0xda;

const isRst = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** Splits a JPEG into its parts up to and including EOI. Throws JpegFormatError on a malformed file. */
export function parseJpeg(bytes: Uint8Array): { parts: JpegPart[]; endedCleanly: boolean } {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw new JpegFormatError("missing SOI");
  const parts: JpegPart[] = [];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new JpegFormatError(`expected a marker at ${i}`);
    // Any number of 0xFF fill bytes may precede a marker.
    while (bytes[i + 1] === 0xff) i += 1;
    const marker = bytes[i + 1];
    if (marker === undefined) break;
    if (marker === EOI) {
      parts.push({ type: "standalone", marker, bytes: bytes.subarray(i, i + 2) });
      return { parts, endedCleanly: true };
    }
    if (isRst(marker) || marker === 0x01 || marker === SOI) {
      parts.push({ type: "standalone", marker, bytes: bytes.subarray(i, i + 2) });
      i += 2;
      continue;
    }
    if (i + 4 > bytes.length) throw new JpegFormatError("truncated segment header");
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) throw new JpegFormatError(`bad segment length at ${i}`);
    parts.push({
      type: "segment",
      marker,
      bytes: bytes.subarray(i, i + 2 + length),
      payload: bytes.subarray(i + 4, i + 2 + length),
    });
    i += 2 + length;
    if (marker === SOS) {
      let j = i;
      while (j + 1 < bytes.length) {
        const next = bytes[j + 1] ?? 0;
        if (bytes[j] === 0xff && next !== 0x00 && next !== 0xff && !isRst(next)) break;
        j += 1;
      }
      if (j + 1 >= bytes.length) j = bytes.length;
      parts.push({ type: "scan", bytes: bytes.subarray(i, j) });
      i = j;
    }
  }
  // No EOI: a truncated download. The parts read so far are still a usable picture for most decoders.
  return { parts, endedCleanly: false };
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size. */
export function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}
