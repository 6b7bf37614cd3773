import { describe, expect, it } from "vitest";
import * as f from "./fixtures";
import {
  errorEnvelopeSchema,
  generationRequestSchema,
  submitResponseSchema,
  taskResponseSchema,
  uploadResponseSchema,
} from "./schemas";

const json = (text: string): unknown => JSON.parse(text);

describe("generationRequestSchema", () => {
  it.each(f.REQUEST_BODIES.map((body, i) => [i + 1, body] as const))(
    "accepts documented example body %i",
    (_, body) => {
      expect(generationRequestSchema.parse(json(body))).toEqual(json(body));
    },
  );

  it("rejects a quoted duration, an unknown mode, two videos and a data: image", () => {
    const base = { model: "kling-video-o1", prompt: "x" };
    expect(generationRequestSchema.safeParse({ ...base, duration: "5" }).success).toBe(false);
    expect(generationRequestSchema.safeParse({ ...base, mode: "ultra" }).success).toBe(false);
    const video = { video_url: "https://e.com/a.mp4", refer_type: "base", keep_original_sound: "no" };
    expect(generationRequestSchema.safeParse({ ...base, video_list: [video, video] }).success).toBe(false);
    expect(generationRequestSchema.safeParse({ ...base, image_urls: ["data:image/png;base64,AAAA"] }).success).toBe(
      false,
    );
    expect(generationRequestSchema.safeParse({ ...base, prompt: "   " }).success).toBe(false);
  });
});

describe("submitResponseSchema", () => {
  it("reads the task id from the classic array form", () => {
    expect(submitResponseSchema.parse(json(f.SUBMIT_CLASSIC))).toEqual({
      taskId: "task_01KBS40K78KGHZ9SDBWQSGSXRK",
      status: "submitted",
    });
  });

  it("reads data.id from the versioned object form", () => {
    expect(submitResponseSchema.parse(json(f.SUBMIT_VERSIONED))).toEqual({ taskId: "task_...", status: "submitted" });
  });

  it("reads data.id from the 202 replay form", () => {
    expect(submitResponseSchema.parse(json(f.SUBMIT_202))).toEqual({ taskId: "recovered-task", status: undefined });
  });

  it("reads data.task_id from an object", () => {
    expect(submitResponseSchema.parse({ data: { task_id: "task_x" } }).taskId).toBe("task_x");
  });

  it("rejects bodies without a task id", () => {
    expect(submitResponseSchema.safeParse({ code: 200, data: [] }).success).toBe(false);
    expect(submitResponseSchema.safeParse({ code: 200, data: [{ status: "submitted" }] }).success).toBe(false);
    expect(submitResponseSchema.safeParse({ code: 200, data: { id: "" } }).success).toBe(false);
    expect(submitResponseSchema.safeParse(json(f.ERROR_GATEWAY)).success).toBe(false);
  });
});

describe("taskResponseSchema", () => {
  it("unwraps the {code,data} envelope", () => {
    const data = taskResponseSchema.parse(json(f.TASK_PROCESSING));
    expect(data).toMatchObject({ id: "task_01KBS40K78KGHZ9SDBWQSGSXRK", status: "processing", progress: 91 });
  });

  it("accepts the bare webhook object", () => {
    const data = taskResponseSchema.parse(json(f.TASK_FAILED_WEBHOOK));
    expect(data).toMatchObject({ id: "task_...", status: "failed", error: { code: "", message: "..." } });
  });

  it("accepts data as a one-element array", () => {
    const processing = json(f.TASK_PROCESSING) as { data: unknown };
    expect(taskResponseSchema.parse({ code: 200, data: [processing.data] })).toMatchObject({ progress: 91 });
  });

  it("accepts numeric strings for cost fields and ignores junk numbers", () => {
    const data = taskResponseSchema.parse({
      id: "t",
      status: "completed",
      cost: "0.56",
      credits_cost: "5.6",
      progress: "abc",
    });
    expect(data).toMatchObject({ cost: 0.56, credits_cost: 5.6, progress: undefined });
  });

  it("keeps extra fields instead of failing", () => {
    const data = taskResponseSchema.parse({ id: "t", status: "processing", usage: { tokens: 1 } });
    expect(data).toMatchObject({ usage: { tokens: 1 } });
  });

  it("rejects a video url that is not http(s) and a payload without status", () => {
    const bad = { id: "t", status: "completed", result: { videos: [{ url: ["javascript:alert(1)"] }] } };
    expect(taskResponseSchema.safeParse(bad).success).toBe(false);
    expect(taskResponseSchema.safeParse({ code: 200, data: { id: "t" } }).success).toBe(false);
  });
});

describe("errorEnvelopeSchema", () => {
  it.each([
    ["documented int code", f.ERROR_DOCUMENTED_400, { code: 400, type: "invalid_request_error" }],
    ["gateway empty code", f.ERROR_GATEWAY, { code: "", param: "", type: "apimart_error" }],
    ["no-key 401 without code", f.ERROR_NO_KEY, { message: "API key is required ...", type: "apimart_error" }],
    ["upload 400 missing", f.UPLOAD_400_MISSING, { type: "invalid_request_error" }],
    ["upload 400 type", f.UPLOAD_400_TYPE, { type: "invalid_request_error" }],
    ["upload 413", f.UPLOAD_413, { message: "file size 25165824 exceeds maximum 20971520 bytes" }],
    ["upload 429", f.UPLOAD_429, { code: 429, type: "rate_limit_error" }],
    ["upload 500", f.UPLOAD_500, { message: "failed to upload image", type: "server_error" }],
    ["task_failed fragment", f.TASK_FAILED_ERROR_FRAGMENT, { code: "task_failed", type: "task_failed" }],
  ])("parses the %s form", (_, body, expected) => {
    expect(errorEnvelopeSchema.parse(json(body)).error).toMatchObject(expected);
  });

  it("turns a bare string error into a message", () => {
    expect(errorEnvelopeSchema.parse({ error: "boom" }).error).toEqual({ message: "boom" });
  });
});

describe("uploadResponseSchema", () => {
  it("parses the documented 200 body", () => {
    expect(uploadResponseSchema.parse(json(f.UPLOAD_OK))).toEqual({
      url: "https://upload.apimart.ai/f/image/9990000123456-a1b2c3d4-photo.jpg",
      filename: "photo.jpg",
      content_type: "image/jpeg",
      bytes: 235680,
      created_at: 1743436800,
    });
  });

  it("rejects a body without a usable url", () => {
    expect(uploadResponseSchema.safeParse({ filename: "a.jpg" }).success).toBe(false);
    expect(uploadResponseSchema.safeParse({ url: "not a url" }).success).toBe(false);
  });
});
