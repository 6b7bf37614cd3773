import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exifIfd0Tags, GPS_IFD_TAG, png, pngChunkTypes, pngWithMetadata } from "@/test-support/test-images";
import { PngFormatError, stripPngMetadata } from "./strip-png";

describe("stripPngMetadata", () => {
  it("drops eXIf, tEXt, zTXt, iTXt and tIME and keeps the picture", async () => {
    const original = await pngWithMetadata(400, 300);
    // The fixture must carry what is being removed.
    expect(pngChunkTypes(original)).toEqual(expect.arrayContaining(["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]));
    expect(exifIfd0Tags((await sharp(original).metadata()).exif)).toContain(GPS_IFD_TAG);

    const stripped = stripPngMetadata(original);
    const types = pngChunkTypes(stripped);
    for (const dropped of ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]) expect(types).not.toContain(dropped);
    expect(types[0]).toBe("IHDR");
    expect(types.at(-1)).toBe("IEND");
    const after = await sharp(stripped).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.comments).toBeUndefined();
    const bytes = Buffer.from(stripped);
    for (const secret of ["Lisbon", "WGS-84", "GPSLatitude"]) expect(bytes.includes(secret)).toBe(false);
    expect((await sharp(stripped).raw().toBuffer()).equals(await sharp(original).raw().toBuffer())).toBe(true);
  });

  it("keeps transparency", async () => {
    const original = await png(320, 320, true);
    const stripped = stripPngMetadata(original);
    expect((await sharp(stripped).metadata()).hasAlpha).toBe(true);
  });

  it("drops bytes appended after IEND", async () => {
    const original = Buffer.concat([await png(320, 320), Buffer.from("appended GPS 38.7N")]);
    expect(Buffer.from(stripPngMetadata(original)).includes("38.7N")).toBe(false);
  });

  it("refuses broken files", async () => {
    expect(() => stripPngMetadata(Uint8Array.from([0xff, 0xd8, 0xff]))).toThrow(PngFormatError);
    const truncated = (await png(320, 320)).subarray(0, 60);
    expect(() => stripPngMetadata(truncated)).toThrow(PngFormatError);
  });
});
