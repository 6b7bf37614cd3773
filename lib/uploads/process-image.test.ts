import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  avif,
  decodableHeic,
  exifIfd0Tags,
  fakeHeif,
  GPS_IFD_TAG,
  gif,
  jpegWithGps,
  noisyJpeg,
  png,
  pngChunkTypes,
  pngWithMetadata,
  webp,
  withPngHeaderSize,
} from "@/test-support/test-images";
import { rejection } from "./expect-rejection";
import { processImage } from "./process-image";

describe("processImage", () => {
  it("re-encodes a JPEG without any metadata, whatever the browser did", async () => {
    const original = await jpegWithGps(800, 600);
    expect(exifIfd0Tags((await sharp(original).metadata()).exif)).toContain(GPS_IFD_TAG);
    const result = await processImage(original, "beach.jpg");
    expect(result).toMatchObject({
      contentType: "image/jpeg",
      extension: "jpg",
      width: 800,
      height: 600,
      sourceKind: "jpeg",
    });
    const after = await sharp(result.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(result.data.includes("WGS-84")).toBe(false);
  });

  it("applies the EXIF orientation so the stored image is upright with no EXIF left", async () => {
    const result = await processImage(await jpegWithGps(400, 300, { orientation: 6 }), "portrait.jpg");
    expect([result.width, result.height]).toEqual([300, 400]);
    const after = await sharp(result.data).metadata();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([300, 400]);
  });

  it("keeps a PNG a PNG, without its metadata chunks", async () => {
    const result = await processImage(await pngWithMetadata(640, 480), "map.png");
    expect(result).toMatchObject({ contentType: "image/png", extension: "png", width: 640, height: 480 });
    const chunks = pngChunkTypes(result.data);
    for (const dropped of ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]) expect(chunks).not.toContain(dropped);
  });

  it("converts WebP, GIF and AVIF to JPEG", async () => {
    for (const [bytes, kind] of [
      [await webp(640, 480, { alpha: true }), "webp"],
      [await gif(400, 400), "gif"],
      [await avif(500, 400), "avif"],
    ] as const) {
      const result = await processImage(bytes, `input.${kind}`);
      expect(result).toMatchObject({ contentType: "image/jpeg", extension: "jpg", sourceKind: kind });
      expect((await sharp(result.data).metadata()).format).toBe("jpeg");
    }
  });

  it("converts a HEIF that libvips can decode", async () => {
    const result = await processImage(await decodableHeic(600, 400), "IMG_0003.HEIC");
    expect(result).toMatchObject({ contentType: "image/jpeg", width: 600, height: 400, sourceKind: "heic" });
  });

  it("explains what to do with a HEIC it cannot convert", async () => {
    const error = await rejection(processImage(fakeHeif("heic", ["mif1", "heic"]), "beach.heic"));
    expect(error.httpStatus).toBe(422);
    expect(error.message).toBe(
      "beach.heic is a HEIC photo, which can't be converted here. Export it as JPEG (on iPhone: Settings → Camera → Formats → Most Compatible) and add it again.",
    );
  });

  it("refuses non-images by content with 415", async () => {
    const error = await rejection(processImage(Buffer.from("%PDF-1.7\n1 0 obj\n"), "notes.jpg"));
    expect(error.httpStatus).toBe(415);
    expect(error.message).toBe("notes.jpg is not an image (it looks like a PDF). Use JPEG or PNG.");
  });

  it("applies the dimension rules with the measured values", async () => {
    expect((await rejection(processImage(await png(200, 150), "tiny.png"))).message).toBe(
      "tiny.png is 200×150 px; each side must be at least 300 px.",
    );
    expect((await rejection(processImage(await jpegWithGps(3000, 600), "banner.jpg"))).message).toBe(
      "banner.jpg is 3000×600 (5:1); the aspect ratio must be between 1:2.5 and 2.5:1.",
    );
  });

  it("refuses a decompression bomb as a size problem before decoding", async () => {
    const error = await rejection(processImage(withPngHeaderSize(await png(320, 320), 20000, 20000), "huge.png"));
    expect(error.message).toContain("huge.png is 20000×20000 px, too large to process");
  });

  it("refuses a non-JPEG over the decode budget before decoding it", async () => {
    const error = await rejection(processImage(withPngHeaderSize(await png(320, 320), 8000, 6000), "poster.png"));
    expect(error.httpStatus).toBe(422);
    expect(error.message).toBe(
      "poster.png is 8000×6000 px (48 MP); this server decodes images of this type up to 40 MP. Save it as JPEG or shrink it, then add it again.",
    );
  });

  it("shrinks a 10000×10000 JPEG while decoding it, even when the file is small", async () => {
    const huge = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: "#3a6" } })
      .jpeg({ quality: 80 })
      .toBuffer();
    expect(huge.length).toBeLessThan(10_000_000);
    const result = await processImage(huge, "wall.jpg");
    expect([result.width, result.height]).toEqual([4096, 4096]);
    expect(result.contentType).toBe("image/jpeg");
  });

  it("shrinks a photo over 10 MB to a 4096 px long side", async () => {
    // Random pixels at quality 100 stay over 10 MB even after the quality-90 re-encode.
    const big = await noisyJpeg(5200, 3000);
    const result = await processImage(big, "huge.jpg");
    expect(result.width).toBe(4096);
    expect(result.height).toBe(2363);
    expect(result.data.length).toBeLessThanOrEqual(10_000_000);
    expect(result.contentType).toBe("image/jpeg");
  });

  it("shrinks a file over 10 MB even when a plain re-encode would fit, like the browser does", async () => {
    const big = await noisyJpeg(4400, 2600);
    expect(big.length).toBeGreaterThan(10_000_000);
    const result = await processImage(big, "camera.jpg");
    expect([result.width, result.height]).toEqual([4096, 2420]);
  });

  it("turns a PNG over 10 MB into a shrunk JPEG", async () => {
    const noisy = await sharp(
      Buffer.from(Array.from({ length: 2400 * 1800 * 3 }, () => Math.floor(Math.random() * 256))),
      {
        raw: { width: 2400, height: 1800, channels: 3 },
      },
    )
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(10_000_000);
    const result = await processImage(noisy, "screenshot.png");
    expect(result).toMatchObject({ contentType: "image/jpeg", extension: "jpg", width: 2400, height: 1800 });
  });

  it("says a damaged file is damaged", async () => {
    const good = await png(400, 400);
    const error = await rejection(processImage(good.subarray(0, 60), "cut.png"));
    expect(error.message).toBe(
      "cut.png could not be read as a PNG image; the file may be damaged. Export it again as JPEG or PNG.",
    );
  });

  it("refuses an empty body", async () => {
    expect((await rejection(processImage(Buffer.alloc(0), "zero.jpg"))).httpStatus).toBe(400);
  });
});
