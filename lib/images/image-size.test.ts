import { describe, expect, it } from "vitest";
import { gif, jpeg, jpegWithGps, png, webp, withPngHeaderSize } from "@/test-support/test-images";
import { readImageSize } from "./image-size";

describe("readImageSize", () => {
  it("reads real files of each format without decoding them", async () => {
    expect(readImageSize(await jpeg(640, 480), "jpeg")).toEqual({ width: 640, height: 480 });
    expect(readImageSize(await jpeg(641, 333, { progressive: true }), "jpeg")).toEqual({ width: 641, height: 333 });
    expect(readImageSize(await png(1201, 301), "png")).toEqual({ width: 1201, height: 301 });
    expect(readImageSize(await gif(350, 420), "gif")).toEqual({ width: 350, height: 420 });
    expect(readImageSize(await webp(333, 777), "webp")).toEqual({ width: 333, height: 777 });
    expect(readImageSize(await webp(1001, 999, { lossless: true }), "webp")).toEqual({ width: 1001, height: 999 });
    expect(readImageSize(await webp(500, 300, { alpha: true, lossless: false }), "webp")).toEqual({
      width: 500,
      height: 300,
    });
  });

  it("reports the size as shown, after EXIF rotation", async () => {
    expect(readImageSize(await jpegWithGps(400, 300, { orientation: 6 }), "jpeg")).toEqual({ width: 300, height: 400 });
    expect(readImageSize(await jpegWithGps(400, 300, { orientation: 3 }), "jpeg")).toEqual({ width: 400, height: 300 });
  });

  it("reads a header's claim even when the pixels would be far too many", async () => {
    expect(readImageSize(withPngHeaderSize(await png(320, 320), 20000, 20000), "png")).toEqual({
      width: 20000,
      height: 20000,
    });
  });

  it("gives up on broken headers and on formats it does not parse", async () => {
    expect(readImageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), "jpeg")).toBeUndefined();
    expect(readImageSize(await png(320, 320), "heic")).toBeUndefined();
  });
});
