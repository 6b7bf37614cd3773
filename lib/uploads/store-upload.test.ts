import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findImage, findImageBySha256 } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { type Kit, lifecycleKit } from "@/test-support/lifecycle-kit";
import { jpegWithGps, png, webp } from "@/test-support/test-images";
import { ensureFreshUpstreamUrl, UPSTREAM_URL_MAX_AGE_MS } from "./fresh-url";
import { sha256, storeUpload } from "./store-upload";
import { UploadRejectedError } from "./upload-error";

let kit: Kit;
const notGone = { isGone: async () => false };

beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

const imagesDir = () => path.join(kit.dir, "media", "images");
const deps = () => ({ ...kit, ...notGone });

describe("storeUpload", () => {
  it("stores a checked, metadata-free copy under media/images and uploads it upstream", async () => {
    const bytes = await jpegWithGps(800, 600);
    const image = await storeUpload(deps(), { bytes, name: "beach.jpg" });

    // The library names it after the file, without the extension.
    expect(image).toMatchObject({ name: "beach", width: 800, height: 600 });
    expect(image.previewUrl).toBe(`/media/images/${image.assetId}.jpg`);
    const row = await findImage(kit.db, image.assetId);
    expect(row?.contentType).toBe("image/jpeg");
    expect(image.upstreamUrl).toBe(`https://upload.test/f/image/1-${image.assetId}.jpg`);
    // The creator's file name does not travel upstream.
    expect(kit.fake.uploads).toEqual([{ filename: `${image.assetId}.jpg`, bytes: row?.bytes, type: "image/jpeg" }]);

    const onDisk = fs.readFileSync(path.join(imagesDir(), `${image.assetId}.jpg`));
    expect(onDisk.length).toBe(row?.bytes);
    expect((await sharp(onDisk).metadata()).exif).toBeUndefined();
    expect(row).toMatchObject({ sha256: sha256(bytes), file: `${image.assetId}.jpg`, upstreamUrl: image.upstreamUrl });
    // Written to a temp name and renamed: nothing else is left in the folder.
    expect(fs.readdirSync(imagesDir())).toEqual([`${image.assetId}.jpg`]);
  });

  it("keeps one row for the same bytes, does not upload a fresh copy again, and marks it used", async () => {
    const bytes = await png(500, 400);
    const first = await storeUpload(deps(), { bytes, name: "a.png" });
    kit.time.advance(60_000);
    const second = await storeUpload(deps(), { bytes, name: "copy of a.png" });
    expect(second.assetId).toBe(first.assetId);
    // One image, one name: the library's, whatever the second file was called.
    expect(second.name).toBe("a");
    expect(second.upstreamUrl).toBe(first.upstreamUrl);
    expect(kit.fake.uploads).toHaveLength(1);
    expect((await findImageBySha256(kit.db, { ownerId: null }, sha256(bytes)))?.lastUsedAt).toBe(kit.time.now());
  });

  it("re-uploads a duplicate whose upstream URL has gone stale", async () => {
    const bytes = await png(600, 400);
    const first = await storeUpload(deps(), { bytes, name: "old.png" });
    kit.time.advance(UPSTREAM_URL_MAX_AGE_MS + 60_000);
    const again = await storeUpload(deps(), { bytes, name: "old.png" });
    expect(again.assetId).toBe(first.assetId);
    expect(kit.fake.uploads).toHaveLength(2);
    expect(again.upstreamUrl).not.toBe(first.upstreamUrl);
    expect((await findImage(kit.db, first.assetId))?.upstreamUploadedAt).toBe(kit.time.now());
  });

  it("re-uploads a young URL that upstream says is gone", async () => {
    const bytes = await png(610, 400);
    const first = await storeUpload(deps(), { bytes, name: "dropped.png" });
    const again = await storeUpload({ ...kit, isGone: async () => true }, { bytes, name: "dropped.png" });
    expect(again.upstreamUrl).not.toBe(first.upstreamUrl);
  });

  it("stores identical files sent at the same time under one row, decided by the database", async () => {
    const bytes = await png(700, 400);
    const results = await Promise.all([1, 2, 3].map((n) => storeUpload(deps(), { bytes, name: `same-${n}.png` })));
    expect(new Set(results.map((image) => image.assetId)).size).toBe(1);
    // The losers' files were removed again.
    expect(fs.readdirSync(imagesDir())).toEqual([`${results[0]?.assetId}.png`]);
  });

  it("keeps the stored image when the upstream upload fails, so a retry only uploads", async () => {
    kit.fake.fail("upload", new AppError("network", undefined, { detail: "connection reset" }));
    const bytes = await webp(640, 480);
    await expect(storeUpload(deps(), { bytes, name: "net.webp" })).rejects.toMatchObject({ code: "network" });
    const row = await findImageBySha256(kit.db, { ownerId: null }, sha256(bytes));
    expect(row).toMatchObject({ upstreamUrl: null, contentType: "image/jpeg" });
    const retried = await storeUpload(deps(), { bytes, name: "net.webp" });
    expect(retried.assetId).toBe(row?.id);
    expect(kit.fake.uploads).toHaveLength(1);
  });

  it("gives a row whose kept file disappeared the new file", async () => {
    const bytes = await png(800, 400);
    const first = await storeUpload(deps(), { bytes, name: "gone.png" });
    fs.rmSync(path.join(imagesDir(), `${first.assetId}.png`));
    const second = await storeUpload(deps(), { bytes, name: "gone.png" });
    expect(second.assetId).toBe(first.assetId);
    const row = await findImage(kit.db, first.assetId);
    expect(fs.existsSync(path.join(imagesDir(), row?.file ?? "?"))).toBe(true);
    expect(second.previewUrl).toBe(`/media/images/${row?.file}`);
  });

  it("refuses a rule-breaking file before storing or uploading anything", async () => {
    await expect(storeUpload(deps(), { bytes: await png(200, 150), name: "tiny.png" })).rejects.toThrow(
      UploadRejectedError,
    );
    expect(kit.fake.uploads).toHaveLength(0);
    expect(fs.existsSync(imagesDir()) ? fs.readdirSync(imagesDir()) : []).toHaveLength(0);
  });
});

describe("ensureFreshUpstreamUrl", () => {
  it("returns a URL younger than ~70 h as it is", async () => {
    const image = await storeUpload(deps(), { bytes: await png(900, 400), name: "x.png" });
    kit.time.advance(UPSTREAM_URL_MAX_AGE_MS - 60_000);
    expect(await ensureFreshUpstreamUrl(deps(), image.assetId)).toBe(image.upstreamUrl);
    expect(kit.fake.uploads).toHaveLength(1);
  });

  it("re-uploads the stored file when the URL is older, and saves the new one", async () => {
    const image = await storeUpload(deps(), { bytes: await png(1000, 400), name: "y.png" });
    kit.time.advance(UPSTREAM_URL_MAX_AGE_MS + 1);
    const url = await ensureFreshUpstreamUrl(deps(), image.assetId);
    expect(url).not.toBe(image.upstreamUrl);
    expect(kit.fake.uploads[1]).toMatchObject({
      filename: `${image.assetId}.png`,
      type: "image/png",
      bytes: (await findImage(kit.db, image.assetId))?.bytes,
    });
    expect(await findImage(kit.db, image.assetId)).toMatchObject({
      upstreamUrl: url,
      upstreamUploadedAt: kit.time.now(),
    });
  });

  it("says clearly when the image or its file is gone", async () => {
    await expect(ensureFreshUpstreamUrl(deps(), "no-such-image")).rejects.toMatchObject({ code: "not_found" });
    const image = await storeUpload(deps(), { bytes: await png(1100, 500), name: "lost.png" });
    fs.rmSync(path.join(imagesDir(), `${image.assetId}.png`));
    kit.time.advance(UPSTREAM_URL_MAX_AGE_MS + 1);
    await expect(ensureFreshUpstreamUrl(deps(), image.assetId)).rejects.toMatchObject({
      code: "not_found",
      message: "The reference image lost is no longer stored. Add it to the tray again.",
    });
  });
});
