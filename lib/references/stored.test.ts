import { describe, expect, it } from "vitest";
import type { ImageRef } from "./image-ref";
import {
  completeStoredImages,
  legacyAssetIds,
  readStoredImages,
  readStoredVideo,
  storedImagesJson,
  storedVideoJson,
} from "./stored";
import type { VideoRef } from "./video-ref";

const hero: ImageRef = {
  assetId: "img-1",
  name: "hero.jpg",
  width: 800,
  height: 600,
  previewUrl: "/media/images/img-1.jpg",
  upstreamUrl: "https://upload.apimart.ai/f/image/1-img-1.jpg",
};

describe("stored images", () => {
  it("reads what a row stores now back unchanged, with nothing to look up", () => {
    const images = readStoredImages(storedImagesJson([hero]));
    expect(legacyAssetIds(images)).toEqual([]);
    expect(completeStoredImages(images, new Map())).toEqual([hero]);
  });

  it("reads rows written by the old code: `url` was the upstream URL, the preview comes from the images row", () => {
    const old = JSON.stringify([
      { id: "img-1", url: "https://upload.apimart.ai/f/image/1-img-1.jpg", name: "hero.jpg" },
      { id: "img-2", url: "https://upload.apimart.ai/f/image/2-img-2.png" },
    ]);
    const images = readStoredImages(old);
    expect(legacyAssetIds(images)).toEqual(["img-1", "img-2"]);
    const rows = new Map([
      ["img-1", { width: 800, height: 600, file: "img-1.jpg" }],
      ["img-2", { width: 300, height: 300, file: "img-2.png" }],
    ]);
    expect(completeStoredImages(images, rows)).toEqual([
      hero,
      {
        assetId: "img-2",
        name: "image",
        width: 300,
        height: 300,
        previewUrl: "/media/images/img-2.png",
        upstreamUrl: "https://upload.apimart.ai/f/image/2-img-2.png",
      },
    ]);
  });

  it("keeps an old entry whose row is gone in its place, so image numbers do not shift", () => {
    const old = JSON.stringify([
      { id: "gone", url: "https://u.test/gone.jpg", name: "gone.jpg" },
      { id: "img-1", url: hero.upstreamUrl, name: "hero.jpg" },
    ]);
    const refs = completeStoredImages(
      readStoredImages(old),
      new Map([["img-1", { width: 800, height: 600, file: "img-1.jpg" }]]),
    );
    expect(refs.map((ref) => ref.assetId)).toEqual(["gone", "img-1"]);
    expect(refs[0]).toMatchObject({ width: 0, height: 0, upstreamUrl: "https://u.test/gone.jpg" });
  });

  it("mixes old and new entries and leaves out what cannot be read", () => {
    const mixed = JSON.stringify([hero, { id: "img-2", url: "https://u.test/2.jpg" }, { nonsense: true }, 42]);
    const images = readStoredImages(mixed);
    expect(images).toHaveLength(2);
    expect(legacyAssetIds(images)).toEqual(["img-2"]);
    expect(readStoredImages("not json")).toEqual([]);
    expect(readStoredImages('{"an":"object"}')).toEqual([]);
  });
});

describe("stored video", () => {
  const video: VideoRef = {
    url: "https://cdn.test/dance.mp4",
    referType: "base",
    keepOriginalSound: true,
    check: {
      durationSeconds: 5.04,
      width: 1280,
      height: 720,
      fps: 30,
      description: "1280×720 · 5.0 s · 30 fps · MP4",
      posterUrl: "/media/posters/ref-abc.jpg",
    },
  };

  it("reads what a row stores now back unchanged", () => {
    expect(readStoredVideo(storedVideoJson(video))).toEqual(video);
    expect(readStoredVideo(storedVideoJson(null))).toBeNull();
  });

  it("reads the old shape: measured duration and poster file become the check", () => {
    const old = JSON.stringify({
      url: "https://cdn.test/dance.mp4",
      referType: "base",
      keepOriginalSound: false,
      durationSeconds: 5.04,
      posterFile: "ref-123.jpg",
    });
    expect(readStoredVideo(old)).toEqual({
      url: "https://cdn.test/dance.mp4",
      referType: "base",
      keepOriginalSound: false,
      check: { durationSeconds: 5.04, description: "5.0 s", posterUrl: "/media/posters/ref-123.jpg" },
    });
    const unchecked = JSON.stringify({ url: "https://cdn.test/a.mp4", referType: "feature", keepOriginalSound: true });
    expect(readStoredVideo(unchecked)).toEqual({
      url: "https://cdn.test/a.mp4",
      referType: "feature",
      keepOriginalSound: true,
    });
  });

  it("counts an unreadable column as no video", () => {
    expect(readStoredVideo("{")).toBeNull();
    expect(readStoredVideo(JSON.stringify({ url: "https://x.test/v.mp4", referType: "sideways" }))).toBeNull();
    expect(readStoredVideo(JSON.stringify({ ...video, check: { durationSeconds: "long" } }))).toBeNull();
  });
});
