import { describe, expect, it } from "vitest";
import type { ImageRef } from "./image-ref";
import { readyRef, thumbnailUrl, trayImageFromRef } from "./tray-image";
import { videoCheckFrom, videoChoice } from "./video-ref";

const ref: ImageRef = {
  assetId: "asset-1",
  name: "beach.jpg",
  width: 800,
  height: 600,
  previewUrl: "/media/images/asset-1.jpg",
  upstreamUrl: "https://upload.test/asset-1.jpg",
};

describe("tray images", () => {
  it("show the local file until stored, then the app's copy; never the upstream URL", () => {
    expect(thumbnailUrl({ id: "t", name: "a.jpg", status: "uploading", progress: 10, localPreviewUrl: "blob:x" })).toBe(
      "blob:x",
    );
    expect(thumbnailUrl(trayImageFromRef(ref, "t"))).toBe("/media/images/asset-1.jpg");
    expect(thumbnailUrl({ id: "t", name: "a.jpg", status: "checking", progress: 0 })).toBeUndefined();
  });

  it("offer their reference only when ready", () => {
    expect(readyRef(trayImageFromRef(ref, "t"))).toBe(ref);
    expect(readyRef({ ...trayImageFromRef(ref, "t"), status: "failed" })).toBeUndefined();
    expect(trayImageFromRef(ref, "t")).toEqual({ id: "t", name: "beach.jpg", status: "ready", progress: 100, ref });
  });
});

describe("video references", () => {
  it("send only the choice, never the check", () => {
    const check = videoCheckFrom({ durationSeconds: 5, width: 1280, height: 720, fps: 30 }, "1280×720", undefined);
    expect(check).toEqual({ durationSeconds: 5, width: 1280, height: 720, fps: 30, description: "1280×720" });
    expect(videoChoice({ url: "https://v.test/a.mp4", referType: "base", keepOriginalSound: true, check })).toEqual({
      url: "https://v.test/a.mp4",
      referType: "base",
      keepOriginalSound: true,
    });
  });
});
