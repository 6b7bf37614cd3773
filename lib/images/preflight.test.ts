import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  exifIfd0Tags,
  failingDecoder,
  fakeHeif,
  gif,
  jpegWithGps,
  noisyJpeg,
  png,
  pngChunkTypes,
  pngWithMetadata,
  sharpDecoder,
  webp,
  withPngHeaderSize,
} from "@/test-support/test-images";
import { jpegName, type PreflightResult, preflightImage } from "./preflight";

const fileOf = (bytes: Uint8Array, name: string, type = "") => new File([new Uint8Array(bytes)], name, { type });

async function prepared(result: PreflightResult) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return { ...result.image, bytes: Buffer.from(await result.image.blob.arrayBuffer()) };
}

describe("preflightImage", () => {
  it("strips GPS from a JPEG without re-encoding it and keeps its name", async () => {
    const calls: string[] = [];
    const result = await preflightImage(
      fileOf(await jpegWithGps(800, 600), "beach.jpg", "image/jpeg"),
      sharpDecoder(calls),
    );
    const image = await prepared(result);
    expect(image.uploadName).toBe("beach.jpg");
    expect(image.size).toEqual({ width: 800, height: 600 });
    expect(image.blob.type).toBe("image/jpeg");
    expect((await sharp(image.bytes).metadata()).exif).toBeUndefined();
    expect(image.bytes.includes("WGS-84")).toBe(false);
    expect(calls).toEqual([]); // no decode: lossless path
  });

  it("strips metadata chunks from a PNG and keeps it a PNG", async () => {
    const image = await prepared(
      await preflightImage(fileOf(await pngWithMetadata(640, 480), "map.png"), sharpDecoder()),
    );
    expect(image.uploadName).toBe("map.png");
    expect(pngChunkTypes(image.bytes)).not.toContain("eXIf");
    expect(pngChunkTypes(image.bytes)).not.toContain("tEXt");
  });

  it("converts WebP and GIF to JPEG in the browser", async () => {
    const calls: string[] = [];
    const fromWebp = await prepared(
      await preflightImage(fileOf(await webp(640, 480), "cat.webp"), sharpDecoder(calls)),
    );
    expect(fromWebp.uploadName).toBe("cat.jpg");
    expect((await sharp(fromWebp.bytes).metadata()).format).toBe("jpeg");
    expect(calls).toEqual(["decode 640x480", "toJpeg 640x480 q0.9"]);
    const fromGif = await prepared(await preflightImage(fileOf(await gif(400, 400), "loop.gif"), sharpDecoder()));
    expect(fromGif.uploadName).toBe("loop.jpg");
  });

  it("rejects by content, not by name: a PDF called .jpg", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\n");
    expect(await preflightImage(fileOf(pdf, "notes.jpg", "image/jpeg"), sharpDecoder())).toEqual({
      ok: false,
      message: "notes.jpg is not an image (it looks like a PDF). Use JPEG or PNG.",
    });
  });

  it("rejects small and stretched images with their measurements, before any decoding", async () => {
    const calls: string[] = [];
    expect(await preflightImage(fileOf(await png(200, 150), "tiny.png"), sharpDecoder(calls))).toEqual({
      ok: false,
      message: "tiny.png is 200×150 px; each side must be at least 300 px.",
      size: { width: 200, height: 150 },
    });
    expect(await preflightImage(fileOf(await jpegWithGps(3000, 600), "banner.jpg"), sharpDecoder(calls))).toEqual({
      ok: false,
      message: "banner.jpg is 3000×600 (5:1); the aspect ratio must be between 1:2.5 and 2.5:1.",
      size: { width: 3000, height: 600 },
    });
    expect(await preflightImage(fileOf(await webp(1000, 200), "strip.webp"), sharpDecoder(calls))).toEqual({
      ok: false,
      message: "strip.webp is 1000×200 px; each side must be at least 300 px.",
      size: { width: 1000, height: 200 },
    });
    expect(calls).toEqual([]);
  });

  it("measures a rotated phone photo as it is shown", async () => {
    // 1000×350 stored, shown as 350×1000 (1:2.86): the rule applies to what the model will see.
    const result = await preflightImage(
      fileOf(await jpegWithGps(1000, 350, { orientation: 6 }), "portrait.jpg"),
      sharpDecoder(),
    );
    expect(result).toEqual({
      ok: false,
      message: "portrait.jpg is 350×1000 (1:2.86); the aspect ratio must be between 1:2.5 and 2.5:1.",
      // As shown, so a crop offered for it is cut from the picture the creator sees.
      size: { width: 350, height: 1000 },
    });
  });

  it("refuses a decompression bomb as a size problem without decoding it", async () => {
    const calls: string[] = [];
    const bomb = withPngHeaderSize(await png(320, 320), 20000, 20000);
    const result = await preflightImage(fileOf(bomb, "huge.png"), sharpDecoder(calls));
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining("huge.png is 20000×20000 px, too large to process"),
      size: { width: 20000, height: 20000 },
    });
    expect(calls).toEqual([]);
  });

  it("downscales a photo over 10 MB to a 4096 px long side", async () => {
    const big = await noisyJpeg(4400, 2600);
    expect(big.length).toBeGreaterThan(10_000_000);
    const calls: string[] = [];
    const image = await prepared(await preflightImage(fileOf(big, "huge.jpg"), sharpDecoder(calls)));
    expect(calls).toEqual(["decode 4400x2600", "toJpeg 4096x2420 q0.9"]);
    expect(image.size).toEqual({ width: 4096, height: 2420 });
    expect(image.blob.size).toBeLessThanOrEqual(10_000_000);
    expect(image.uploadName).toBe("huge.jpg");
  });

  it("reports a photo still over 10 MB after shrinking as a size problem", async () => {
    const big = await noisyJpeg(4400, 2600);
    const stubborn = async () => ({
      width: 4400,
      height: 2600,
      toJpeg: async () => new Blob([new Uint8Array(11_000_000)], { type: "image/jpeg" }),
      close() {},
    });
    expect(await preflightImage(fileOf(big, "dense.jpg"), stubborn)).toEqual({
      ok: false,
      message: "dense.jpg is 11.0 MB even after shrinking; each image must be at most 10 MB.",
    });
  });

  it("sends a HEIC the browser cannot decode to the server as it is", async () => {
    const heic = fakeHeif("heic", ["mif1", "heic"]);
    const file = fileOf(heic, "IMG_0001.HEIC", "image/heic");
    const image = await prepared(await preflightImage(file, failingDecoder));
    expect(image.blob).toBe(file);
    expect(image.uploadName).toBe("IMG_0001.HEIC");
  });

  it("converts a HEIC in a browser that can decode it (Safari)", async () => {
    const heicLike = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#888" } })
      .png()
      .toBuffer();
    const file = fileOf(Buffer.concat([fakeHeif("heic").subarray(0, 24), heicLike]), "IMG_0002.heic");
    // Safari's decoder, played by sharp reading the same picture.
    const safari = () => sharpDecoder()(new Blob([new Uint8Array(heicLike)]));
    const image = await prepared(await preflightImage(file, safari));
    expect(image.uploadName).toBe("IMG_0002.jpg");
    expect((await sharp(image.bytes).metadata()).format).toBe("jpeg");
  });

  it("calls a HEIC over the upload limit too large, not unsupported", async () => {
    const huge = Buffer.concat([fakeHeif("heic"), Buffer.alloc(21 * 1024 * 1024)]);
    expect(await preflightImage(fileOf(huge, "pano.heic"), failingDecoder)).toEqual({
      ok: false,
      message:
        "pano.heic is 22.0 MB; files larger than 20 MB can't be uploaded. Export a smaller JPEG and add it again.",
    });
  });

  it("says a damaged JPEG is damaged", async () => {
    const broken = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    expect(await preflightImage(fileOf(broken, "half.jpg"), failingDecoder)).toEqual({
      ok: false,
      message: "half.jpg could not be read as a JPEG image; the file may be damaged. Export it again as JPEG or PNG.",
    });
  });

  it("refuses an empty file", async () => {
    expect(await preflightImage(fileOf(new Uint8Array(0), "zero.png"), sharpDecoder())).toEqual({
      ok: false,
      message: "zero.png is empty (0 bytes).",
    });
  });
});

describe("jpegName", () => {
  it("swaps the extension", () => {
    expect(jpegName("cat.webp")).toBe("cat.jpg");
    expect(jpegName("IMG_0001.HEIC")).toBe("IMG_0001.jpg");
    expect(jpegName("no-extension")).toBe("no-extension.jpg");
  });
});

describe("a GPS-tagged JPEG fixture", () => {
  it("really has GPS", async () => {
    expect(exifIfd0Tags((await sharp(await jpegWithGps(320, 320)).metadata()).exif)).toContain(0x8825);
  });
});
