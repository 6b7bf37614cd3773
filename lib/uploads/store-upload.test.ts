import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { UploadedImage } from "@/lib/apimart";
import { findImage, findImagesBySha256 } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { jpegWithGps, png, webp } from "@/test-support/test-images";
import { ensureFreshUpstreamUrl, UPSTREAM_URL_MAX_AGE_MS } from "./fresh-url";
import { sha256, storeUpload } from "./store-upload";
import { UploadRejectedError } from "./upload-error";

// env() is read lazily, at the first database or media access, so this reaches it before any test runs.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-uploads-test-"));
process.env.DATA_DIR = dataDir;

/** Plays APIMart's upload endpoint: records each call and hands out numbered URLs. */
function fakeUpstream(options: { failTimes?: number } = {}) {
  const calls: Array<{ filename: string; bytes: number; type: string }> = [];
  let failures = options.failTimes ?? 0;
  const uploadImage = async (file: Blob, filename: string): Promise<UploadedImage> => {
    if (failures > 0) {
      failures -= 1;
      throw new AppError("network", undefined, { detail: "connection reset" });
    }
    calls.push({ filename, bytes: file.size, type: file.type });
    return {
      url: `https://upload.example/f/image/${calls.length}-${filename}`,
      filename,
      contentType: file.type,
      bytes: file.size,
      createdAt: Math.floor(Date.now() / 1000),
    };
  };
  return { calls, uploadImage };
}

function clock(start: number) {
  const state = { now: start };
  return { state, now: () => state.now };
}

beforeAll(() => {
  expect(process.env.DATA_DIR).toBe(dataDir);
});

describe("storeUpload", () => {
  it("stores a checked, metadata-free copy under media/images and uploads it upstream", async () => {
    const upstream = fakeUpstream();
    const bytes = await jpegWithGps(800, 600);
    const image = await storeUpload({ bytes, name: "beach.jpg" }, { uploadImage: upstream.uploadImage });

    expect(image).toMatchObject({ name: "beach.jpg", width: 800, height: 600 });
    expect(image.previewUrl).toBe(`/media/images/${image.assetId}.jpg`);
    const row = findImage(image.assetId);
    expect(row?.contentType).toBe("image/jpeg");
    expect(image.upstreamUrl).toBe(`https://upload.example/f/image/1-${image.assetId}.jpg`);
    // The creator's file name does not travel upstream.
    expect(upstream.calls).toEqual([{ filename: `${image.assetId}.jpg`, bytes: row?.bytes, type: "image/jpeg" }]);

    const stored = path.join(dataDir, "media", "images", `${image.assetId}.jpg`);
    const onDisk = fs.readFileSync(stored);
    expect(onDisk.length).toBe(row?.bytes);
    expect((await sharp(onDisk).metadata()).exif).toBeUndefined();
    expect(fs.existsSync(path.join(dataDir, "o1studio.db"))).toBe(true);

    expect(row).toMatchObject({ sha256: sha256(bytes), file: `${image.assetId}.jpg`, upstreamUrl: image.upstreamUrl });
  });

  it("keeps one row for the same bytes and does not upload a fresh copy again", async () => {
    const upstream = fakeUpstream();
    const bytes = await png(500, 400);
    const first = await storeUpload({ bytes, name: "a.png" }, { uploadImage: upstream.uploadImage });
    const second = await storeUpload({ bytes, name: "copy of a.png" }, { uploadImage: upstream.uploadImage });
    expect(second.assetId).toBe(first.assetId);
    expect(second.name).toBe("copy of a.png");
    expect(second.upstreamUrl).toBe(first.upstreamUrl);
    expect(upstream.calls).toHaveLength(1);
    expect(findImagesBySha256(sha256(bytes))).toHaveLength(1);
  });

  it("re-uploads a duplicate whose upstream URL has gone stale", async () => {
    const upstream = fakeUpstream();
    const time = clock(Date.now());
    const bytes = await png(600, 400);
    const first = await storeUpload({ bytes, name: "old.png" }, { uploadImage: upstream.uploadImage, now: time.now });
    time.state.now += UPSTREAM_URL_MAX_AGE_MS + 60_000;
    const again = await storeUpload({ bytes, name: "old.png" }, { uploadImage: upstream.uploadImage, now: time.now });
    expect(again.assetId).toBe(first.assetId);
    expect(upstream.calls).toHaveLength(2);
    expect(again.upstreamUrl).not.toBe(first.upstreamUrl);
    expect(findImage(first.assetId)?.upstreamUploadedAt).toBe(time.state.now);
  });

  it("stores identical files sent at the same time once", async () => {
    const upstream = fakeUpstream();
    const bytes = await png(700, 400);
    const results = await Promise.all(
      [1, 2, 3].map((n) => storeUpload({ bytes, name: `same-${n}.png` }, { uploadImage: upstream.uploadImage })),
    );
    expect(new Set(results.map((image) => image.assetId)).size).toBe(1);
    expect(findImagesBySha256(sha256(bytes))).toHaveLength(1);
    expect(upstream.calls).toHaveLength(1);
  });

  it("keeps the stored image when the upstream upload fails, so a retry only uploads", async () => {
    const upstream = fakeUpstream({ failTimes: 1 });
    const bytes = await webp(640, 480);
    await expect(storeUpload({ bytes, name: "net.webp" }, { uploadImage: upstream.uploadImage })).rejects.toMatchObject(
      {
        code: "network",
      },
    );
    const [row] = findImagesBySha256(sha256(bytes));
    expect(row).toMatchObject({ upstreamUrl: null, contentType: "image/jpeg" });
    const retried = await storeUpload({ bytes, name: "net.webp" }, { uploadImage: upstream.uploadImage });
    expect(retried.assetId).toBe(row?.id);
    expect(upstream.calls).toHaveLength(1);
  });

  it("stores again when the kept file has disappeared", async () => {
    const upstream = fakeUpstream();
    const bytes = await png(800, 400);
    const first = await storeUpload({ bytes, name: "gone.png" }, { uploadImage: upstream.uploadImage });
    fs.rmSync(path.join(dataDir, "media", "images", `${first.assetId}.png`));
    const second = await storeUpload({ bytes, name: "gone.png" }, { uploadImage: upstream.uploadImage });
    expect(second.assetId).not.toBe(first.assetId);
    expect(fs.existsSync(path.join(dataDir, "media", "images", `${second.assetId}.png`))).toBe(true);
    // And the row with the file is the one found from now on.
    const third = await storeUpload({ bytes, name: "gone.png" }, { uploadImage: upstream.uploadImage });
    expect(third.assetId).toBe(second.assetId);
  });

  it("refuses a rule-breaking file before storing or uploading anything", async () => {
    const upstream = fakeUpstream();
    const before = fs.readdirSync(path.join(dataDir, "media", "images")).length;
    await expect(
      storeUpload({ bytes: await png(200, 150), name: "tiny.png" }, { uploadImage: upstream.uploadImage }),
    ).rejects.toThrow(UploadRejectedError);
    expect(upstream.calls).toHaveLength(0);
    expect(fs.readdirSync(path.join(dataDir, "media", "images"))).toHaveLength(before);
  });
});

describe("ensureFreshUpstreamUrl", () => {
  it("returns a URL younger than ~70 h as it is", async () => {
    const upstream = fakeUpstream();
    const time = clock(Date.now());
    const image = await storeUpload(
      { bytes: await png(900, 400), name: "x.png" },
      { uploadImage: upstream.uploadImage, now: time.now },
    );
    time.state.now += UPSTREAM_URL_MAX_AGE_MS - 60_000;
    expect(await ensureFreshUpstreamUrl(image.assetId, { uploadImage: upstream.uploadImage, now: time.now })).toBe(
      image.upstreamUrl,
    );
    expect(upstream.calls).toHaveLength(1);
  });

  it("re-uploads the stored file once when the URL is older, and saves the new one", async () => {
    const upstream = fakeUpstream();
    const time = clock(Date.now());
    const image = await storeUpload(
      { bytes: await png(1000, 400), name: "y.png" },
      { uploadImage: upstream.uploadImage, now: time.now },
    );
    time.state.now += UPSTREAM_URL_MAX_AGE_MS + 1;
    const deps = { uploadImage: upstream.uploadImage, now: time.now };
    const [a, b] = await Promise.all([
      ensureFreshUpstreamUrl(image.assetId, deps),
      ensureFreshUpstreamUrl(image.assetId, deps),
    ]);
    expect(a).toBe(b);
    expect(a).not.toBe(image.upstreamUrl);
    expect(upstream.calls).toHaveLength(2);
    expect(upstream.calls[1]).toMatchObject({
      filename: `${image.assetId}.png`,
      type: "image/png",
      bytes: findImage(image.assetId)?.bytes,
    });
    expect(findImage(image.assetId)).toMatchObject({ upstreamUrl: a, upstreamUploadedAt: time.state.now });
  });

  it("says clearly when the image or its file is gone", async () => {
    await expect(ensureFreshUpstreamUrl("no-such-image")).rejects.toMatchObject({ code: "not_found" });
    const upstream = fakeUpstream();
    const time = clock(Date.now());
    const image = await storeUpload(
      { bytes: await png(1100, 500), name: "lost.png" },
      { uploadImage: upstream.uploadImage, now: time.now },
    );
    fs.rmSync(path.join(dataDir, "media", "images", `${image.assetId}.png`));
    time.state.now += UPSTREAM_URL_MAX_AGE_MS + 1;
    await expect(
      ensureFreshUpstreamUrl(image.assetId, { uploadImage: upstream.uploadImage, now: time.now }),
    ).rejects.toMatchObject({
      code: "not_found",
      message: "The reference image lost.png is no longer stored. Add it to the tray again.",
    });
  });
});
