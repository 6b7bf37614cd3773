import { describe, expect, it } from "vitest";
import type { TrayImage } from "@/lib/references/tray-image";
import { buildSubmitInput, type DraftInput, previewRequest } from "./build-recipe";

const ready = (id: string, name: string): TrayImage => ({
  id,
  name,
  status: "ready",
  progress: 100,
  ref: {
    assetId: `asset-${id}`,
    name,
    width: 800,
    height: 600,
    previewUrl: `/media/images/${id}.jpg`,
    upstreamUrl: `https://upload.test/${id}.jpg`,
  },
});

const draft = (patch: Partial<DraftInput> = {}): DraftInput => ({
  draftId: "draft-123456789",
  doc: [
    { kind: "text", text: "Put " },
    { kind: "chip", imageId: "b" },
    { kind: "text", text: " next to " },
    { kind: "chip", imageId: "a" },
  ],
  images: [ready("a", "a.jpg"), ready("b", "b.jpg")],
  mode: "std",
  duration: 5,
  aspectRatio: "16:9",
  ...patch,
});

describe("buildSubmitInput", () => {
  it("numbers chips by tray order and names images by asset id only", () => {
    const built = buildSubmitInput(draft());
    if (!built.ok) throw new Error(built.message);
    expect(built.input.prompt).toBe("Put <<<image_2>>> next to <<<image_1>>>");
    expect(built.input.images).toEqual([
      { assetId: "asset-a", name: "a.jpg" },
      { assetId: "asset-b", name: "b.jpg" },
    ]);
    expect(JSON.stringify(built.input)).not.toContain("upload.test");
  });

  it("follows a reorder without the chips changing picture", () => {
    const reordered = draft({ images: [ready("b", "b.jpg"), ready("a", "a.jpg")] });
    const built = buildSubmitInput(reordered);
    if (!built.ok) throw new Error(built.message);
    expect(built.input.prompt).toBe("Put <<<image_1>>> next to <<<image_2>>>");
    expect(previewRequest(reordered)?.image_urls).toEqual(["https://upload.test/b.jpg", "https://upload.test/a.jpg"]);
  });

  it("refuses while an image uploads or after it failed, naming it", () => {
    const uploading: TrayImage = { id: "b", name: "b.jpg", status: "uploading", progress: 40 };
    expect(buildSubmitInput(draft({ images: [ready("a", "a.jpg"), uploading] }))).toEqual({
      ok: false,
      message: "Image 2 (b.jpg) is still uploading. Generate again when it is ready.",
    });
    const failed = { ...ready("a", "a.jpg"), status: "failed" as const };
    expect(buildSubmitInput(draft({ images: [failed, ready("b", "b.jpg")] }))).toEqual({
      ok: false,
      message: "Image 1 (a.jpg) failed to upload. Retry it or remove it.",
    });
  });

  it("refuses a chip whose image left the tray", () => {
    expect(buildSubmitInput(draft({ images: [ready("a", "a.jpg")] })).ok).toBe(false);
  });

  it("sends the video choice but never the browser's idea of its check", () => {
    const video = {
      url: "https://v.test/clip.mp4",
      referType: "feature" as const,
      keepOriginalSound: true,
      check: { durationSeconds: 5, description: "5.0 s", posterUrl: "/media/posters/ref-x.jpg" },
    };
    const built = buildSubmitInput(
      draft({ video, images: [ready("a", "a.jpg")], doc: [{ kind: "chip", imageId: "a" }] }),
    );
    if (!built.ok) throw new Error(built.message);
    expect(built.input.video).toEqual({
      url: "https://v.test/clip.mp4",
      referType: "feature",
      keepOriginalSound: true,
    });
  });
});

describe("previewRequest", () => {
  it("is the body the server builds: upstream URLs in tray order, the video as documented", () => {
    const body = previewRequest(
      draft({ video: { url: "https://v.test/clip.mp4", referType: "base", keepOriginalSound: false } }),
    );
    expect(body).toEqual({
      model: "kling-video-o1",
      prompt: "Put <<<image_2>>> next to <<<image_1>>>",
      mode: "std",
      duration: 5,
      aspect_ratio: "16:9",
      image_urls: ["https://upload.test/a.jpg", "https://upload.test/b.jpg"],
      video_list: [{ video_url: "https://v.test/clip.mp4", refer_type: "base", keep_original_sound: "no" }],
    });
  });

  it("shows no body while an image has no upstream URL yet, never one with a hole in image_urls", () => {
    const uploading: TrayImage = { id: "b", name: "b.jpg", status: "uploading", progress: 40 };
    expect(previewRequest(draft({ images: [ready("a", "a.jpg"), uploading] }))).toBeNull();
    const checking: TrayImage = { id: "b", name: "b.jpg", status: "checking", progress: 0 };
    expect(previewRequest(draft({ images: [ready("a", "a.jpg"), checking] }))).toBeNull();
  });
});

describe("a base video decides duration and aspect ratio, in the preview and the submit alike", () => {
  const base = (durationSeconds: number, width: number, height: number) => ({
    url: "https://v.test/clip.mp4",
    referType: "base" as const,
    keepOriginalSound: false,
    check: { durationSeconds, width, height, fps: 30, description: "clip" },
  });

  it("a 5.0 s portrait clip is sent as 5 s 9:16 whatever the controls said", () => {
    const edit = draft({ duration: 10, aspectRatio: "16:9", video: base(5, 720, 1280) });
    expect(previewRequest(edit)).toMatchObject({ duration: 5, aspect_ratio: "9:16" });
    const built = buildSubmitInput(edit);
    if (!built.ok) throw new Error(built.message);
    expect(built.input).toMatchObject({ duration: 5, aspectRatio: "9:16" });
  });

  it("a 9.6 s square clip is sent as 10 s 1:1; a feature video changes nothing", () => {
    expect(previewRequest(draft({ video: base(9.6, 1080, 1080) }))).toMatchObject({
      duration: 10,
      aspect_ratio: "1:1",
    });
    const feature = { ...base(9.6, 1080, 1080), referType: "feature" as const };
    expect(previewRequest(draft({ duration: 5, aspectRatio: "9:16", video: feature }))).toMatchObject({
      duration: 5,
      aspect_ratio: "9:16",
    });
  });
});
