/**
 * Real image files for tests, made with sharp (Node only; never imported by app code).
 */
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import sharp from "sharp";
import type { DecodedImage, ImageDecoder } from "@/lib/images/preflight";
import type { Size } from "@/lib/images/rules";

export const GPS_EXIF = {
  IFD0: { Artist: "Jane Photographer", Copyright: "Jane 2026" },
  IFD3: {
    GPSMapDatum: "WGS-84",
    GPSLatitudeRef: "N",
    GPSLatitude: "51/1 30/1 2600/100",
    GPSLongitudeRef: "W",
    GPSLongitude: "0/1 7/1 3900/100",
  },
};

export const XMP_WITH_LOCATION =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.43N" exif:GPSLongitude="0,7.65W"/>' +
  "</rdf:RDF></x:xmpmeta>";

function base(width: number, height: number, alpha = false) {
  return sharp({
    create: {
      width,
      height,
      channels: alpha ? 4 : 3,
      background: alpha ? { r: 30, g: 120, b: 200, alpha: 0.5 } : { r: 30, g: 120, b: 200 },
    },
  });
}

export function jpeg(width: number, height: number, options: { progressive?: boolean } = {}): Promise<Buffer> {
  return base(width, height)
    .jpeg({ quality: 85, progressive: options.progressive ?? false })
    .toBuffer();
}

/** A JPEG carrying GPS EXIF, an artist name and XMP with a location, like a phone photo. */
export function jpegWithGps(
  width: number,
  height: number,
  options: { orientation?: number; progressive?: boolean } = {},
): Promise<Buffer> {
  let image = base(width, height).withExif(GPS_EXIF).withXmp(XMP_WITH_LOCATION);
  if (options.orientation !== undefined) image = image.withMetadata({ orientation: options.orientation });
  return image.jpeg({ quality: 85, progressive: options.progressive ?? false }).toBuffer();
}

export function png(width: number, height: number, alpha = false): Promise<Buffer> {
  return base(width, height, alpha).png().toBuffer();
}

export function webp(
  width: number,
  height: number,
  options: { lossless?: boolean; alpha?: boolean } = {},
): Promise<Buffer> {
  return base(width, height, options.alpha ?? false)
    .webp({ lossless: options.lossless ?? false })
    .toBuffer();
}

export function gif(width: number, height: number): Promise<Buffer> {
  return base(width, height).gif().toBuffer();
}

export function avif(width: number, height: number): Promise<Buffer> {
  return base(width, height).avif().toBuffer();
}

/** Random pixels compress badly: a big, high-quality JPEG of this is well over 10 MB. */
export function noisyJpeg(width: number, height: number, quality = 100): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Inserts chunks right after IHDR (signature 8 bytes + IHDR 25 bytes). */
export function insertPngChunks(file: Buffer, chunks: Array<{ type: string; data: Buffer }>): Buffer {
  const afterIhdr = 8 + 25;
  return Buffer.concat([
    file.subarray(0, afterIhdr),
    ...chunks.map((c) => pngChunk(c.type, c.data)),
    file.subarray(afterIhdr),
  ]);
}

/** A PNG with EXIF (GPS) plus the three text chunk kinds, each holding a location. */
export async function pngWithMetadata(width: number, height: number): Promise<Buffer> {
  const withExif = await base(width, height).withExif(GPS_EXIF).png().toBuffer();
  return insertPngChunks(withExif, [
    { type: "tEXt", data: Buffer.from("Location\0Lisbon harbour", "latin1") },
    { type: "zTXt", data: Buffer.concat([Buffer.from("Comment\0\0", "latin1"), zlib.deflateSync("GPS 38.7N 9.1W")]) },
    { type: "iTXt", data: Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${XMP_WITH_LOCATION}`, "utf8") },
    { type: "tIME", data: Buffer.from([0x07, 0xea, 1, 2, 3, 4, 5]) },
  ]);
}

/** Chunk types of a PNG, in order. */
export function pngChunkTypes(file: Uint8Array): string[] {
  const buffer = Buffer.from(file);
  const types: string[] = [];
  for (let offset = 8; offset + 12 <= buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    types.push(buffer.toString("latin1", offset + 4, offset + 8));
    offset += 12 + length;
  }
  return types;
}

/** A PNG whose header claims other dimensions (the pixels are never read by the code under test). */
export function withPngHeaderSize(file: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(file);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  copy.writeUInt32BE(zlib.crc32(copy.subarray(12, 29)), 29);
  return copy;
}

/** An ISO-BMFF header with these brands followed by junk: looks like HEIC, decodes as nothing. */
export function fakeHeif(major: string, compatible: string[] = []): Buffer {
  const brands = Buffer.from([major, "\0\0\0\0", ...compatible].join(""), "latin1");
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + brands.length);
  return Buffer.concat([size, Buffer.from("ftyp", "latin1"), brands, randomBytes(2048)]);
}

/** A real AVIF relabelled with a HEIC brand: what a decodable HEIF looks like to the sniffer. */
export async function decodableHeic(width: number, height: number): Promise<Buffer> {
  const file = Buffer.from(await avif(width, height));
  file.write("heic", 8, "latin1");
  return file;
}

/** IFD0 tag ids of the EXIF in a JPEG/PNG as sharp reports it ("Exif\0\0" + TIFF). */
export function exifIfd0Tags(exif: Buffer | undefined): number[] {
  if (!exif) return [];
  const tiff = exif.subarray(exif.toString("latin1", 0, 4) === "Exif" ? 6 : 0);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  const tags: number[] = [];
  for (let i = 0; i < u16(ifd); i += 1) tags.push(u16(ifd + 2 + i * 12));
  return tags;
}

export const GPS_IFD_TAG = 0x8825;
export const ORIENTATION_TAG = 0x0112;

/** Stands in for the browser's canvas in tests: decodes with sharp and re-encodes as JPEG, with no metadata. */
export function sharpDecoder(calls: string[] = []): ImageDecoder {
  return async (blob: Blob): Promise<DecodedImage> => {
    const input = Buffer.from(await blob.arrayBuffer());
    const { autoOrient } = await sharp(input).metadata();
    calls.push(`decode ${autoOrient.width}x${autoOrient.height}`);
    return {
      width: autoOrient.width,
      height: autoOrient.height,
      async toJpeg(size: Size, quality: number) {
        calls.push(`toJpeg ${size.width}x${size.height} q${quality}`);
        const output = await sharp(input, { autoOrient: true })
          .resize(size.width, size.height, { fit: "fill" })
          .flatten({ background: "#ffffff" })
          .jpeg({ quality: Math.round(quality * 100) })
          .toBuffer();
        return new Blob([new Uint8Array(output)], { type: "image/jpeg" });
      },
      close() {},
    };
  };
}

/** A browser that cannot decode anything (HEIC in Chrome). */
export const failingDecoder: ImageDecoder = () => Promise.reject(new Error("cannot decode"));
