/** The small part of EXIF the app needs: the Orientation tag, read and written on its own. */

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const ORIENTATION_TAG = 0x0112;

export function isExifPayload(payload: Uint8Array): boolean {
  return EXIF_HEADER.every((byte, i) => payload[i] === byte);
}

/** Orientation 1–8 from an APP1 payload ("Exif\0\0" + TIFF), or undefined when absent or malformed. */
export function readExifOrientation(payload: Uint8Array): number | undefined {
  if (!isExifPayload(payload)) return undefined;
  const tiff = payload.subarray(EXIF_HEADER.length);
  if (tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const marker = String.fromCharCode(tiff[0] ?? 0, tiff[1] ?? 0);
  if (marker !== "II" && marker !== "MM") return undefined;
  const little = marker === "II";
  if (view.getUint16(2, little) !== 42) return undefined;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) !== ORIENTATION_TAG) continue;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/**
 * A complete APP1 segment holding nothing but the Orientation tag, so a photo stays upright
 * after everything else in its EXIF (GPS, camera serial, times) is dropped.
 */
export function orientationOnlyApp1(orientation: number): Uint8Array {
  const payload = [
    ...EXIF_HEADER,
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // big-endian TIFF header, IFD0 at offset 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation & 0xff,
    0x00,
    0x00, // Orientation, SHORT, 1
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ];
  const length = payload.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
}

/** Orientations 5–8 turn the picture a quarter turn, so its displayed width is its stored height. */
export function swapsSides(orientation: number | undefined): boolean {
  return orientation !== undefined && orientation >= 5 && orientation <= 8;
}
