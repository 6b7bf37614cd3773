import { describe, expect, it } from "vitest";
import { type Recipe, recipeSchema, submitInputSchema, toSubmitInput } from "./recipe";

const base = { draftId: "draft-12345678", prompt: "A cat", mode: "pro", duration: 10, aspectRatio: "9:16" } as const;

describe("submitInputSchema", () => {
  it("takes images by asset id and drops anything else the browser adds", () => {
    const input = submitInputSchema.parse({
      ...base,
      images: [{ assetId: "a", name: "a.jpg", upstreamUrl: "https://evil.test/x.jpg" }],
      video: { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: true, check: { durationSeconds: 1 } },
    });
    expect(input.images).toEqual([{ assetId: "a", name: "a.jpg" }]);
    expect(input.video).toEqual({ url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: true });
  });

  it.each([
    [{ prompt: "   " }, "prompt"],
    [{ prompt: "x".repeat(2501) }, "prompt"],
    [{ duration: "5" }, "duration"],
    [{ duration: 7 }, "duration"],
    [{ mode: "ultra" }, "mode"],
    [{ aspectRatio: "4:3" }, "aspectRatio"],
    [{ images: [{ name: "no id" }] }, "images"],
    [{ video: { url: "file:///etc/passwd", referType: "base", keepOriginalSound: false } }, "video"],
  ])("rejects %j at %s", (patch, field) => {
    const result = submitInputSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("limits images to 4 with a video and to 1 with a feature video", () => {
    const images = Array.from({ length: 5 }, (_, index) => ({ assetId: `i${index}`, name: `${index}.jpg` }));
    const video = { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: false } as const;
    expect(submitInputSchema.safeParse({ ...base, images, video }).success).toBe(false);
    expect(submitInputSchema.safeParse({ ...base, images: images.slice(0, 4), video }).success).toBe(true);
    const feature = { ...video, referType: "feature" } as const;
    expect(submitInputSchema.safeParse({ ...base, images: images.slice(0, 2), video: feature }).success).toBe(false);
  });
});

describe("toSubmitInput", () => {
  it("turns a stored recipe back into the input that reproduces it, and that input parses", () => {
    const recipe: Recipe = {
      prompt: "<<<image_1>>> dances",
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
      images: [
        {
          assetId: "a",
          name: "a.jpg",
          width: 800,
          height: 600,
          previewUrl: "/media/images/a.jpg",
          upstreamUrl: "https://u.test/a.jpg",
        },
      ],
      video: {
        url: "https://x.test/v.mp4",
        referType: "feature",
        keepOriginalSound: false,
        check: { durationSeconds: 5, description: "5.0 s" },
      },
    };
    const input = toSubmitInput(recipe, "retry-123456");
    expect(submitInputSchema.parse(input)).toEqual({
      draftId: "retry-123456",
      prompt: "<<<image_1>>> dances",
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
      images: [{ assetId: "a", name: "a.jpg" }],
      video: { url: "https://x.test/v.mp4", referType: "feature", keepOriginalSound: false },
    });
    expect(recipeSchema.parse(recipe)).toEqual(recipe);
  });
});
