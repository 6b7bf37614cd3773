/**
 * What a file really is, decided from its first bytes only: names and declared types lie (a ".jpg" that is
 * a PDF, a HEIC renamed by a phone), and the upload endpoint upstream sniffs content too.
 */
export type SniffedKind =
  // Sent as they are.
  | "jpeg"
  | "png"
  // Images that can be converted to JPEG.
  | "webp"
  | "gif"
  | "heic"
  | "avif"
  // Images that are not accepted.
  | "tiff"
  | "bmp"
  | "svg"
  // Not images.
  | "pdf"
  | "video"
  | "zip"
  | "html"
  | "text"
  | "unknown";

/** How many leading bytes `sniffKind` needs to see. */
export const SNIFF_BYTES = 512;

const heicBrands = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);
const avifBrands = new Set(["avif", "avis"]);
const genericHeifBrands = new Set(["mif1", "msf1", "mif2", "miaf"]);
const videoBrands = new Set([
  "isom",
  "iso2",
  "iso4",
  "iso5",
  "iso6",
  "mp41",
  "mp42",
  "avc1",
  "M4V ",
  "qt  ",
  "3gp4",
  "3gp5",
  "3g2a",
  "dash",
]);

function matches(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
}

function latin1(head: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < Math.min(end, head.length); i += 1) text += String.fromCharCode(head[i] ?? 0);
  return text;
}

function asciiBytes(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** ISO-BMFF files (HEIC, AVIF, MP4, MOV) start with an `ftyp` box listing brands. */
function sniffFtyp(head: Uint8Array): SniffedKind | undefined {
  if (latin1(head, 4, 8) !== "ftyp") return undefined;
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const major = latin1(head, 8, 12);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) {
    compatible.push(latin1(head, offset, offset + 4));
  }
  const brands = [major, ...compatible];
  if (avifBrands.has(major)) return "avif";
  if (heicBrands.has(major)) return "heic";
  if (videoBrands.has(major)) return "video";
  if (genericHeifBrands.has(major)) {
    if (brands.some((brand) => avifBrands.has(brand))) return "avif";
    // A generic HEIF still image; in practice these hold HEVC like HEIC.
    return "heic";
  }
  if (brands.some((brand) => heicBrands.has(brand))) return "heic";
  if (brands.some((brand) => avifBrands.has(brand))) return "avif";
  return "unknown";
}

/** Valid UTF-8 (or ASCII) without control characters other than whitespace. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)) return false;
  }
  // The sample may end in the middle of a multi-byte character.
  for (let trim = 0; trim <= 3 && trim < head.length; trim += 1) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, head.length - trim));
      return true;
    } catch {
      // Try again without the possibly cut last character.
    }
  }
  return false;
}

export function sniffKind(head: Uint8Array): SniffedKind {
  if (matches(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (matches(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (matches(head, asciiBytes("GIF87a")) || matches(head, asciiBytes("GIF89a"))) return "gif";
  if (matches(head, asciiBytes("RIFF")) && matches(head, asciiBytes("WEBP"), 8)) return "webp";
  if (matches(head, asciiBytes("RIFF")) && matches(head, asciiBytes("AVI "), 8)) return "video";
  const ftyp = sniffFtyp(head);
  if (ftyp !== undefined) return ftyp;
  if (matches(head, asciiBytes("%PDF-"))) return "pdf";
  if (matches(head, [0x1a, 0x45, 0xdf, 0xa3])) return "video";
  if (matches(head, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (matches(head, [0x49, 0x49, 0x2a, 0x00]) || matches(head, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  if (matches(head, asciiBytes("BM")) && head.length >= 26 && (head[14] ?? 0) >= 12 && (head[15] ?? 1) === 0) {
    return "bmp";
  }
  if (looksLikeText(head)) {
    const start = new TextDecoder()
      .decode(head)
      .replace(/^\uFEFF/, "")
      .trimStart()
      .toLowerCase();
    if (start.startsWith("<svg") || (start.startsWith("<?xml") && start.includes("<svg"))) return "svg";
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
    return "text";
  }
  return "unknown";
}

/** Formats the model takes as they are. */
export function isSendableKind(kind: SniffedKind): kind is "jpeg" | "png" {
  return kind === "jpeg" || kind === "png";
}

/** Images that become JPEG before they are sent. */
export function isConvertibleKind(kind: SniffedKind): kind is "webp" | "gif" | "heic" | "avif" {
  return kind === "webp" || kind === "gif" || kind === "heic" || kind === "avif";
}
