import { describe, expect, it } from "vitest";
import { generationRequestSchema } from "./schemas";
import { generationsUrl, toGenerationRequest, type WireSource } from "./wire";

const source: WireSource = { prompt: "A cat", mode: "pro", duration: 10, aspectRatio: "9:16", images: [] };

describe("toGenerationRequest", () => {
  it("builds the documented body, duration as a bare integer, with no empty lists", () => {
    expect(toGenerationRequest(source)).toEqual({
      model: "kling-video-o1",
      prompt: "A cat",
      mode: "pro",
      duration: 10,
      aspect_ratio: "9:16",
    });
  });

  it("sends only upstream URLs in image_urls, in order, and video_list with yes/no strings", () => {
    const body = toGenerationRequest({
      ...source,
      prompt: "<<<image_1>>> meets <<<image_2>>>",
      images: [
        { upstreamUrl: "https://x.test/a.jpg", previewUrl: "/media/images/a.jpg" } as { upstreamUrl: string },
        { upstreamUrl: "https://x.test/b.jpg" },
      ],
      video: { url: "https://x.test/v.mp4", referType: "base", keepOriginalSound: true },
    });
    expect(body.image_urls).toEqual(["https://x.test/a.jpg", "https://x.test/b.jpg"]);
    expect(body.video_list).toEqual([
      { video_url: "https://x.test/v.mp4", refer_type: "base", keep_original_sound: "yes" },
    ]);
    expect(generationRequestSchema.safeParse(body).success).toBe(true);
    expect(
      toGenerationRequest({
        ...source,
        video: { url: "https://x.test/v.mp4", referType: "feature", keepOriginalSound: false },
      }).video_list?.[0]?.keep_original_sound,
    ).toBe("no");
  });

  it("joins the base URL and the path whatever the slashes", () => {
    expect(generationsUrl("https://api.apimart.ai")).toBe("https://api.apimart.ai/v1/videos/generations");
    expect(generationsUrl("http://127.0.0.1:4010//")).toBe("http://127.0.0.1:4010/v1/videos/generations");
  });
});
