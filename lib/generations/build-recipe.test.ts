import { describe, expect, it } from "vitest";
import type { TrayImage } from "@/lib/images/tray-image";
import { buildRecipe, type DraftInput, previewWire } from "./build-recipe";

const ready = (id: string, name: string): TrayImage => ({
  id,
  name,
  previewUrl: `/media/images/${id}.jpg`,
  status: "ready",
  progress: 100,
  assetId: `asset-${id}`,
  upstreamUrl: `https://upload.test/${id}.jpg`,
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

describe("buildRecipe", () => {
  it("numbers chips by tray order and sends asset ids with upstream URLs", () => {
    const built = buildRecipe(draft());
    if (!built.ok) throw new Error(built.message);
    expect(built.wire.prompt).toBe("Put <<<image_2>>> next to <<<image_1>>>");
    expect(built.wire.image_urls).toEqual(["https://upload.test/a.jpg", "https://upload.test/b.jpg"]);
    expect(built.recipe.images?.map((image) => image.id)).toEqual(["asset-a", "asset-b"]);
  });

  it("follows a reorder without the chips changing picture", () => {
    const built = buildRecipe(draft({ images: [ready("b", "b.jpg"), ready("a", "a.jpg")] }));
    if (!built.ok) throw new Error(built.message);
    expect(built.wire.prompt).toBe("Put <<<image_1>>> next to <<<image_2>>>");
    expect(built.wire.image_urls).toEqual(["https://upload.test/b.jpg", "https://upload.test/a.jpg"]);
  });

  it("refuses while an image uploads or after it failed, naming it", () => {
    const uploading = { ...ready("b", "b.jpg"), status: "uploading" as const, upstreamUrl: undefined };
    expect(buildRecipe(draft({ images: [ready("a", "a.jpg"), uploading] }))).toEqual({
      ok: false,
      message: "Image 2 (b.jpg) is still uploading. Generate again when it is ready.",
    });
    const failed = { ...ready("a", "a.jpg"), status: "failed" as const };
    expect(buildRecipe(draft({ images: [failed, ready("b", "b.jpg")] }))).toEqual({
      ok: false,
      message: "Image 1 (a.jpg) failed to upload. Retry it or remove it.",
    });
  });

  it("refuses a chip whose image left the tray", () => {
    const built = buildRecipe(draft({ images: [ready("a", "a.jpg")] }));
    expect(built.ok).toBe(false);
  });

  it("carries the reference video as documented", () => {
    const built = buildRecipe(
      draft({
        video: { url: "https://v.test/clip.mp4", referType: "feature", keepOriginalSound: true },
        images: [ready("a", "a.jpg")],
        doc: [{ kind: "chip", imageId: "a" }],
      }),
    );
    if (!built.ok) throw new Error(built.message);
    expect(built.wire.video_list).toEqual([
      { video_url: "https://v.test/clip.mp4", refer_type: "feature", keep_original_sound: "yes" },
    ]);
    expect(
      previewWire(draft({ video: { url: "https://v.test/clip.mp4", referType: "base", keepOriginalSound: false } }))
        .video_list?.[0]?.refer_type,
    ).toBe("base");
  });
});
