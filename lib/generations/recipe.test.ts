import { describe, expect, it } from "vitest";
import { recipeSchema, toWireRequest } from "./recipe";

const base = { draftId: "draft-12345678", prompt: "A cat", mode: "pro", duration: 10, aspectRatio: "9:16" } as const;

describe("recipeSchema and toWireRequest", () => {
  it("builds the documented body, duration as a bare integer", () => {
    const recipe = recipeSchema.parse(base);
    expect(toWireRequest(recipe)).toEqual({
      model: "kling-video-o1",
      prompt: "A cat",
      mode: "pro",
      duration: 10,
      aspect_ratio: "9:16",
    });
  });

  it("sends image_urls in order and video_list with yes/no strings", () => {
    const recipe = recipeSchema.parse({
      ...base,
      prompt: "<<<image_1>>> meets <<<image_2>>>",
      images: [
        { id: "a", url: "https://x.test/a.jpg", name: "a.jpg" },
        { id: "b", url: "https://x.test/b.jpg", name: "b.jpg" },
      ],
      video: { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: true },
    });
    const wire = toWireRequest(recipe);
    expect(wire.image_urls).toEqual(["https://x.test/a.jpg", "https://x.test/b.jpg"]);
    expect(wire.video_list).toEqual([
      { video_url: "https://x.test/v.mp4", refer_type: "base", keep_original_sound: "yes" },
    ]);
  });

  it.each([
    [{ prompt: "   " }, "prompt"],
    [{ prompt: "x".repeat(2501) }, "prompt"],
    [{ duration: "5" }, "duration"],
    [{ duration: 7 }, "duration"],
    [{ mode: "ultra" }, "mode"],
    [{ aspectRatio: "4:3" }, "aspectRatio"],
    [{ images: [{ id: "a", url: "data:image/png;base64,AAAA" }] }, "images"],
  ])("rejects %j at %s", (patch, field) => {
    const result = recipeSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("limits images to 4 with a video and to 1 with a feature video", () => {
    const images = Array.from({ length: 5 }, (_, index) => ({ id: `i${index}`, url: `https://x.test/${index}.jpg` }));
    const video = { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: false } as const;
    expect(recipeSchema.safeParse({ ...base, images, video }).success).toBe(false);
    expect(recipeSchema.safeParse({ ...base, images: images.slice(0, 4), video }).success).toBe(true);
    const feature = { ...video, referType: "feature" } as const;
    expect(recipeSchema.safeParse({ ...base, images: images.slice(0, 2), video: feature }).success).toBe(false);
  });
});
