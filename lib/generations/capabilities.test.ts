import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/parse-env";
import { processImage } from "@/lib/uploads/process-image";
import { png } from "@/test-support/test-images";
import { defaultCapabilities, maxImagesFor } from "./capabilities";
import { submitInputSchemaFor } from "./recipe";

const input = { draftId: "draft-12345678", prompt: "A cat", mode: "std", duration: 5, aspectRatio: "16:9" } as const;
const images = (count: number) => Array.from({ length: count }, (_, n) => ({ assetId: `a${n}`, name: `${n}.png` }));
const base = { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: false } as const;

describe("capabilities", () => {
  it("defaults to Kling's limits: 7 images, 4 with a video, 1 with a feature video, 2500 characters", () => {
    expect(defaultCapabilities).toMatchObject({ maxImages: 7, maxImagesWithVideo: 4, promptLimit: 2500 });
    expect(maxImagesFor(defaultCapabilities, null)).toBe(7);
    expect(maxImagesFor(defaultCapabilities, base)).toBe(4);
    expect(maxImagesFor(defaultCapabilities, { referType: "feature" })).toBe(1);
  });

  it("takes every limit from the environment, and the submit rules follow", () => {
    const { capabilities } = parseEnv({ MAX_IMAGES: "2", MAX_IMAGES_WITH_VIDEO: "1", PROMPT_LIMIT: "10" });
    const schema = submitInputSchemaFor(capabilities);
    expect(schema.safeParse({ ...input, images: images(2) }).success).toBe(true);
    expect(schema.safeParse({ ...input, images: images(3) }).error?.issues[0]?.message).toBe("At most 2 images.");
    expect(schema.safeParse({ ...input, images: images(2), video: base }).error?.issues[0]?.message).toBe(
      "With a reference video, at most one image.",
    );
    expect(schema.safeParse({ ...input, prompt: "x".repeat(11) }).error?.issues[0]?.message).toBe(
      "The prompt is over the 10-character limit.",
    );
    expect(() => parseEnv({ MAX_IMAGES: "lots" })).toThrow(/MAX_IMAGES/);
  });

  it("applies the server's image size rules to uploads", async () => {
    const { capabilities } = parseEnv({ MIN_IMAGE_SIDE_PX: "500" });
    await expect(processImage(await png(400, 400), "small.png", capabilities.image)).rejects.toThrow(
      "small.png is 400×400 px; each side must be at least 500 px.",
    );
    await expect(processImage(await png(400, 400), "small.png")).resolves.toMatchObject({ width: 400 });
  });
});
