import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exifIfd0Tags, GPS_IFD_TAG, jpeg, jpegWithGps, ORIENTATION_TAG } from "@/test-support/test-images";
import { readExifOrientation } from "./jpeg-exif";
import { JpegFormatError } from "./jpeg-segments";
import { jpegOrientation, stripJpegMetadata } from "./strip-jpeg";

async function pixels(file: Uint8Array): Promise<Buffer> {
  return sharp(file).raw().toBuffer();
}

function appendSegment(file: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([file.subarray(0, 2), header, payload, file.subarray(2)]);
}

describe("stripJpegMetadata", () => {
  it("removes GPS, the rest of EXIF and XMP, and leaves the pixels untouched", async () => {
    const original = await jpegWithGps(640, 480);
    const before = await sharp(original).metadata();
    // The fixture must really carry what is being removed, or this test proves nothing.
    expect(exifIfd0Tags(before.exif)).toContain(GPS_IFD_TAG);
    expect(before.xmp).toBeDefined();
    expect(original.includes("WGS-84")).toBe(true);

    const stripped = stripJpegMetadata(original);
    const after = await sharp(stripped).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    const bytes = Buffer.from(stripped);
    for (const secret of ["WGS-84", "Jane Photographer", "GPSLatitude", "exif:GPS"])
      expect(bytes.includes(secret)).toBe(false);
    expect((await pixels(stripped)).equals(await pixels(original))).toBe(true);
    expect(stripped.length).toBeLessThan(original.length);
  });

  it("keeps the orientation alone, so a rotated photo stays upright", async () => {
    const original = await jpegWithGps(400, 300, { orientation: 6 });
    expect(jpegOrientation(original)).toBe(6);
    const stripped = stripJpegMetadata(original);
    const after = await sharp(stripped).metadata();
    expect(after.orientation).toBe(6);
    expect(exifIfd0Tags(after.exif)).toEqual([ORIENTATION_TAG]);
    expect(Buffer.from(stripped).includes("WGS-84")).toBe(false);
    expect(after.autoOrient).toEqual({ width: 300, height: 400 });
  });

  it("handles progressive JPEGs (many scans)", async () => {
    const original = await jpegWithGps(500, 400, { progressive: true });
    const stripped = stripJpegMetadata(original);
    expect((await sharp(stripped).metadata()).exif).toBeUndefined();
    expect((await sharp(stripped).metadata()).isProgressive).toBe(true);
    expect((await pixels(stripped)).equals(await pixels(original))).toBe(true);
  });

  it("drops comments, IPTC, MPF and anything appended after the picture, and keeps the ICC profile", async () => {
    const withIcc = await sharp({ create: { width: 320, height: 320, channels: 3, background: "#3366cc" } })
      .withIccProfile("p3")
      .jpeg()
      .toBuffer();
    let file = appendSegment(withIcc, 0xfe, Buffer.from("shot at 38.7N 9.1W"));
    file = appendSegment(file, 0xed, Buffer.from("Photoshop 3.0\0IPTC city Lisbon"));
    file = appendSegment(file, 0xe2, Buffer.from("MPF\0pointer to a second image"));
    file = Buffer.concat([file, Buffer.from("motion photo trailer with GPS 38.7N")]);

    const stripped = Buffer.from(stripJpegMetadata(file));
    for (const secret of ["38.7N", "Lisbon", "MPF\0", "trailer"]) expect(stripped.includes(secret)).toBe(false);
    expect((await sharp(stripped).metadata()).hasProfile).toBe(true);
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it("returns a clean JPEG unchanged in substance", async () => {
    const clean = await jpeg(320, 320);
    const stripped = stripJpegMetadata(clean);
    expect((await pixels(stripped)).equals(await pixels(clean))).toBe(true);
  });

  it("refuses a file that is not a well-formed JPEG", async () => {
    expect(() => stripJpegMetadata(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toThrow(JpegFormatError);
    const clean = await jpeg(320, 320);
    const broken = Buffer.from(clean);
    broken[2] = 0x00; // first marker destroyed
    expect(() => stripJpegMetadata(broken)).toThrow(JpegFormatError);
  });
});

describe("readExifOrientation", () => {
  it("reads both byte orders and ignores other payloads", () => {
    const big = Uint8Array.from([
      0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 8, 0, 0, 0,
      0, 0, 0,
    ]);
    const little = Uint8Array.from([
      0x45, 0x78, 0x69, 0x66, 0, 0, 0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 3, 0, 0, 0, 0,
      0, 0, 0,
    ]);
    expect(readExifOrientation(big)).toBe(8);
    expect(readExifOrientation(little)).toBe(3);
    expect(readExifOrientation(new TextEncoder().encode("http://ns.adobe.com/xap/1.0/\0<x/>"))).toBeUndefined();
  });
});
