import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSimulator, submit, type TestSimulator } from "./helpers";

let sim: TestSimulator;
beforeAll(async () => {
  // Long task time: accepted submits here are never awaited; close() cancels their renders.
  sim = await startTestSimulator({ taskSeconds: 600 });
});
afterAll(async () => {
  await sim.close();
});

const base = { model: "kling-video-o1", prompt: "A red fox runs through snow" };
const img = (n: number) => `https://example.com/${n}.jpg`;
const video = (extra: Record<string, unknown> = {}) => ({
  video_list: [{ video_url: "https://example.com/v.mp4", ...extra }],
});

interface Rule {
  name: string;
  body: unknown;
  param: string;
  /** The part of the message that names the field. */
  mentions: string;
}

const rules: Rule[] = [
  { name: "body must be a JSON object", body: [1, 2], param: "", mentions: "JSON object" },
  { name: "model is required", body: { prompt: "x" }, param: "model", mentions: "model" },
  {
    name: "model must be kling-video-o1",
    body: { ...base, model: "kling-v3-omni" },
    param: "model",
    mentions: "model",
  },
  { name: "prompt is required", body: { model: "kling-video-o1" }, param: "prompt", mentions: "prompt" },
  { name: "prompt must not be blank", body: { ...base, prompt: "   " }, param: "prompt", mentions: "prompt" },
  { name: "prompt must be a string", body: { ...base, prompt: 42 }, param: "prompt", mentions: "prompt" },
  {
    name: "prompt is at most 2500 characters",
    body: { ...base, prompt: "é".repeat(2501) },
    param: "prompt",
    mentions: "2500",
  },
  { name: "mode is std or pro", body: { ...base, mode: "hd" }, param: "mode", mentions: "mode" },
  {
    name: "duration rejects a quoted number",
    body: { ...base, duration: "5" },
    param: "duration",
    mentions: "duration",
  },
  { name: "duration is 5 or 10 only", body: { ...base, duration: 7 }, param: "duration", mentions: "duration" },
  {
    name: "aspect_ratio is an enum",
    body: { ...base, aspect_ratio: "4:3" },
    param: "aspect_ratio",
    mentions: "aspect_ratio",
  },
  {
    name: "image_urls must be an array",
    body: { ...base, image_urls: img(1) },
    param: "image_urls",
    mentions: "image_urls",
  },
  {
    name: "image_urls entries are strings",
    body: { ...base, image_urls: [{ url: img(1) }] },
    param: "image_urls[0]",
    mentions: "image_urls[0]",
  },
  {
    name: "image_urls rejects data: URLs",
    body: { ...base, image_urls: [img(1), "data:image/png;base64,iVBORw0KGgo="] },
    param: "image_urls[1]",
    mentions: "image_urls[1]",
  },
  {
    name: "image_urls must be http(s)",
    body: { ...base, image_urls: ["ftp://example.com/a.jpg"] },
    param: "image_urls[0]",
    mentions: "image_urls[0]",
  },
  {
    name: "image_urls holds at most 7",
    body: { ...base, image_urls: [1, 2, 3, 4, 5, 6, 7, 8].map(img) },
    param: "image_urls",
    mentions: "image_urls",
  },
  {
    name: "image_urls holds at most 4 with a video",
    body: { ...base, ...video({ refer_type: "base" }), image_urls: [1, 2, 3, 4, 5].map(img) },
    param: "image_urls",
    mentions: "image_urls",
  },
  {
    name: "feature video allows only one image",
    body: { ...base, ...video({ refer_type: "feature" }), image_urls: [img(1), img(2)] },
    param: "image_urls",
    mentions: "image_urls",
  },
  {
    name: "video_list must be an array",
    body: { ...base, video_list: { video_url: "https://example.com/v.mp4" } },
    param: "video_list",
    mentions: "video_list",
  },
  {
    name: "video_list holds at most one item",
    body: { ...base, video_list: [{ video_url: "https://a.example/1.mp4" }, { video_url: "https://a.example/2.mp4" }] },
    param: "video_list",
    mentions: "video_list",
  },
  {
    name: "video_list items are objects",
    body: { ...base, video_list: ["https://example.com/v.mp4"] },
    param: "video_list[0]",
    mentions: "video_list[0]",
  },
  {
    name: "video_url is required",
    body: { ...base, video_list: [{ refer_type: "base" }] },
    param: "video_list[0].video_url",
    mentions: "video_url",
  },
  {
    name: "video_url must not be empty",
    body: { ...base, ...video({ video_url: "" }) },
    param: "video_list[0].video_url",
    mentions: "video_url",
  },
  {
    name: "video_url must be http(s)",
    body: { ...base, ...video({ video_url: "file:///etc/passwd" }) },
    param: "video_list[0].video_url",
    mentions: "video_url",
  },
  {
    name: "refer_type is base or feature",
    body: { ...base, ...video({ refer_type: "style" }) },
    param: "video_list[0].refer_type",
    mentions: "refer_type",
  },
  {
    name: "keep_original_sound is the string yes/no",
    body: { ...base, ...video({ keep_original_sound: true }) },
    param: "video_list[0].keep_original_sound",
    mentions: "keep_original_sound",
  },
];

describe("POST /v1/videos/generations validation", () => {
  it.each(rules)("$name", async ({ body, param, mentions }) => {
    const { status, json } = await submit(sim.url, body);
    expect(status).toBe(400);
    expect(json).toEqual({ error: { code: 400, message: expect.any(String), type: "invalid_request_error", param } });
    expect((json as { error: { message: string } }).error.message).toContain(mentions);
  });

  it("rejects a body that is not JSON", async () => {
    const { status, json } = await submit(sim.url, "{not json");
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 400, type: "invalid_request_error", param: "" } });
  });

  // The accepted side of each limit, so the rules above cannot pass by rejecting everything.
  it.each([
    { name: "minimal body (all defaults)", body: base },
    { name: "prompt of exactly 2500 characters", body: { ...base, prompt: "é".repeat(2500) } },
    {
      name: "every documented field",
      body: { ...base, mode: "pro", duration: 10, aspect_ratio: "1:1", image_urls: [img(1)] },
    },
    { name: "seven images", body: { ...base, image_urls: [1, 2, 3, 4, 5, 6, 7].map(img) } },
    {
      name: "base video with four images",
      body: {
        ...base,
        ...video({ refer_type: "base", keep_original_sound: "yes" }),
        image_urls: [1, 2, 3, 4].map(img),
      },
    },
    {
      name: "feature video with one image",
      body: { ...base, ...video({ refer_type: "feature" }), image_urls: [img(1)] },
    },
    {
      name: "unknown top-level fields are ignored",
      body: { ...base, negative_prompt: "blur", webhook: "https://example.com/hook", extra: { a: 1 } },
    },
    { name: "an empty video_list", body: { ...base, video_list: [] } },
  ])("accepts $name", async ({ body }) => {
    const { status, json } = await submit(sim.url, body);
    expect(status).toBe(200);
    expect(json).toEqual({
      code: 200,
      data: [{ status: "submitted", task_id: expect.stringMatching(/^task_[0-9A-HJKMNP-TV-Z]{26}$/) }],
    });
  });
});
