import { describe, expect, it } from "vitest";
import { readDraftImages, readDraftVideo } from "./draft";
import type { ImageRef } from "./image-ref";

const ref: ImageRef = {
  assetId: "asset-1",
  name: "beach.jpg",
  width: 800,
  height: 600,
  previewUrl: "/media/images/asset-1.jpg",
  upstreamUrl: "https://upload.test/asset-1.jpg",
};

describe("readDraftImages", () => {
  it("reads the current shape", () => {
    expect(readDraftImages([{ trayId: "t1", ref }])).toEqual([{ trayId: "t1", ref }]);
  });

  it("reads a draft saved before ImageRef, where `url` was the app's copy", () => {
    const old = [
      {
        trayId: "t1",
        stored: {
          assetId: "asset-1",
          name: "beach.jpg",
          url: "/media/images/asset-1.jpg",
          upstreamUrl: "https://upload.test/asset-1.jpg",
          width: 800,
          height: 600,
        },
      },
    ];
    expect(readDraftImages(old)).toEqual([{ trayId: "t1", ref }]);
  });

  it("leaves out entries it cannot read instead of failing the whole draft", () => {
    expect(readDraftImages([{ trayId: "t1", ref }, { trayId: "t2" }, "x"])).toEqual([{ trayId: "t1", ref }]);
    expect(readDraftImages(undefined)).toEqual([]);
  });
});

describe("readDraftVideo", () => {
  it("reads the current shape", () => {
    const video = {
      url: "https://v.test/a.mp4",
      referType: "base",
      keepOriginalSound: false,
      check: { durationSeconds: 5, description: "5.0 s", posterUrl: "/media/posters/ref-1.jpg" },
    };
    expect(readDraftVideo(video)).toEqual(video);
  });

  it("reads the old `checked` shape and drops its data-URL poster", () => {
    const old = {
      url: "https://v.test/a.mp4",
      referType: "feature",
      keepOriginalSound: true,
      checked: { description: "1280×720 · 5.0 s", durationSeconds: 5, posterDataUrl: "data:image/jpeg;base64,AAAA" },
    };
    expect(readDraftVideo(old)).toEqual({
      url: "https://v.test/a.mp4",
      referType: "feature",
      keepOriginalSound: true,
      check: { description: "1280×720 · 5.0 s", durationSeconds: 5 },
    });
  });

  it("reads nothing from garbage", () => {
    expect(readDraftVideo(null)).toBeNull();
    expect(readDraftVideo({ url: 3 })).toBeNull();
    expect(readDraftVideo("https://v.test/a.mp4")).toBeNull();
  });
});
