import { describe, expect, it } from "vitest";
import * as f from "./fixtures";
import { normalizeStatus, toUpstreamTask } from "./normalize";
import { taskResponseSchema } from "./schemas";

/** What the client does with a poll answer (with or without the `{code,data}` envelope). */
const parseTaskPayload = (payload: unknown) => toUpstreamTask(taskResponseSchema.parse(payload), "task_polled");

const task = (text: string) => parseTaskPayload(JSON.parse(text));

describe("task normalisation (schema + mapping)", () => {
  it("maps pending", () => {
    expect(task(f.TASK_PENDING)).toEqual({
      id: "task_01KX0000000000000000000000",
      status: "pending",
      progress: 0,
      createdAt: 1765000891,
      completedAt: undefined,
      estimatedTime: 600,
      actualTime: undefined,
      cost: undefined,
      creditsCost: undefined,
      thumbnailUrl: undefined,
    });
  });

  it("maps processing", () => {
    expect(task(f.TASK_PROCESSING)).toMatchObject({ status: "processing", progress: 91, estimatedTime: 600 });
    expect(task(f.TASK_PROCESSING).videoUrl).toBeUndefined();
  });

  it("maps completed with a url array, thumbnail, cost and times", () => {
    expect(task(f.TASK_COMPLETED)).toEqual({
      id: "task_01K9S419324DREZFBWNSVXYR6H",
      status: "completed",
      progress: 100,
      createdAt: 1762853430,
      completedAt: 1762853695,
      estimatedTime: 600,
      actualTime: 265,
      cost: 0.56,
      creditsCost: 5.6,
      videoUrl: "https://upload.apimart.ai/f/video/...-video_task_01K9S419324DREZFBWNSVXYR6H.mp4",
      videoExpiresAt: 1762940095,
      thumbnailUrl: "https://upload.apimart.ai/f/image/...-thumbnail_task_01K9S419324DREZFBWNSVXYR6H.jpg",
    });
  });

  it("maps completed with url as a plain string", () => {
    const t = task(f.TASK_COMPLETED_URL_STRING);
    expect(t).toMatchObject({ status: "completed", videoUrl: "https://upload.apimart.ai/f/video/a-video.mp4" });
    expect(t.videoExpiresAt).toBe(1757242893);
    expect(t.thumbnailUrl).toBeUndefined();
  });

  it("maps completed with url as an object", () => {
    expect(task(f.TASK_COMPLETED_URL_OBJECT)).toMatchObject({
      status: "completed",
      videoUrl: "https://upload.apimart.ai/f/video/b-video.mp4",
    });
  });

  it("turns completed-without-video into an upstream failure", () => {
    const t = parseTaskPayload({ id: "t1", status: "completed", progress: 100, result: { videos: [] } });
    expect(t.status).toBe("failed");
    expect(t.error?.code).toBe("upstream");
    expect(t.videoUrl).toBeUndefined();
  });

  it("maps failed with an integer code", () => {
    const t = task(f.TASK_FAILED_INT_CODE);
    expect(t).toMatchObject({ status: "failed", progress: 100, completedAt: 1781589050 });
    expect(t.error).toMatchObject({ code: "upstream", upstreamCode: "500" });
  });

  it("maps failed with an empty-string code and no envelope", () => {
    const t = task(f.TASK_FAILED_WEBHOOK);
    expect(t.status).toBe("failed");
    expect(t.error).toMatchObject({
      code: "upstream",
      message: "The video service failed to generate this video. Try again.",
    });
    expect(t.error?.upstreamCode).toBeUndefined();
  });

  it("maps failed with the task_failed error object", () => {
    const error = (JSON.parse(f.TASK_FAILED_ERROR_FRAGMENT) as { error: unknown }).error;
    const t = parseTaskPayload({ id: "task_x", status: "failed", progress: 100, error });
    expect(t.error).toMatchObject({ code: "upstream", upstreamCode: "task_failed" });
  });

  it("keeps a failed status when error.code has an unexpected type", () => {
    const t = parseTaskPayload({ id: "task_x", status: "failed", error: { code: true, message: "NSFW output" } });
    expect(t.error).toMatchObject({ code: "content_policy", upstreamCode: undefined });
  });

  it("maps failed without any error object", () => {
    const t = parseTaskPayload({ id: "task_x", status: "failed" });
    expect(t.error?.code).toBe("upstream");
    expect(t.progress).toBe(0);
  });

  it("maps cancelled", () => {
    expect(task(f.TASK_CANCELLED)).toMatchObject({ id: "task_...", status: "cancelled", progress: 0 });
  });

  it("treats in_progress and unknown states as processing", () => {
    expect(task(f.TASK_IN_PROGRESS)).toMatchObject({ status: "processing", progress: 40 });
    expect(task(f.TASK_WEIRD_STATE)).toMatchObject({ status: "processing", progress: 0 });
  });

  it("clamps progress to an integer in 0..100", () => {
    expect(parseTaskPayload({ id: "a", status: "processing", progress: 140 }).progress).toBe(100);
    expect(parseTaskPayload({ id: "a", status: "processing", progress: -3 }).progress).toBe(0);
    expect(parseTaskPayload({ id: "a", status: "processing", progress: "42.6" }).progress).toBe(43);
  });
});

describe("normalizeStatus", () => {
  it.each([
    ["submitted", "pending"],
    ["queued", "pending"],
    ["pending", "pending"],
    ["in_progress", "processing"],
    ["PROCESSING", "processing"],
    ["completed", "completed"],
    ["failed", "failed"],
    ["cancelled", "cancelled"],
    ["canceled", "cancelled"],
    ["weird_new_state", "processing"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeStatus(raw)).toBe(expected);
  });
});
