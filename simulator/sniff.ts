export type ImageType = "image/jpeg" | "image/png" | "image/gif" | "image/webp";

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return bytes.every((byte, i) => head[offset + i] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** Decides by content only, like the real endpoint; the file name and declared type are ignored. */
export function sniffImage(head: Uint8Array): ImageType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) return "image/gif";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

function looksLikeText(head: Uint8Array): boolean {
  // Same "binary byte" set as Go's http.DetectContentType, which the real service appears to use.
  return head.every((b) => !(b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f)));
}

/** Best-effort MIME type for error messages about rejected files. */
export function sniffMime(head: Uint8Array): string {
  const image = sniffImage(head);
  if (image !== null) return image;
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "application/zip";
  if (startsWith(head, ascii("ftyp"), 4)) return "video/mp4";
  if (startsWith(head, ascii("BM"))) return "image/bmp";
  if (looksLikeText(head.subarray(0, 512))) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}
