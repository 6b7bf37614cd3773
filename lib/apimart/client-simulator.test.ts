import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { control, startTestSimulator, type TestSimulator, testKey, upload } from "@/simulator/test/helpers";
import { ApimartError } from "./apimart-error";
import { createApimartClient } from "./client";
import type { ApimartClient, GenerationRequest, UpstreamTask } from "./types";

/** The real adapter against the real simulator over HTTP, for every variant the simulator plays. */

let sim: TestSimulator;
let api: ApimartClient;
const body: GenerationRequest = { model: "kling-video-o1", prompt: "adapter meets simulator", duration: 5 };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  api = createApimartClient({ baseUrl: sim.url, apiKey: testKey, timeoutMs: { submit: 2_000, poll: 2_000 } });
});
afterEach(async () => {
  await control(sim.url, "POST", "reset");
});
afterAll(async () => {
  await sim.close();
});

async function caught(promise: Promise<unknown>): Promise<ApimartError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApimartError)) throw new Error(`expected an ApimartError, got ${String(error)}`);
  return error;
}

async function settle(taskId: string): Promise<UpstreamTask> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const task = await api.getTask(taskId);
    if (task.status !== "pending" && task.status !== "processing") return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${task.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("tasks", () => {
  it("url as a string with a thumbnail, charged by the price table", async () => {
    await control(sim.url, "PUT", "variants", { url_shape: "string", thumbnail: true });
    const task = await settle((await api.submitGeneration({ ...body, mode: "pro", duration: 10 })).taskId);
    expect(task).toMatchObject({ status: "completed", cost: 0.896, creditsCost: 8.96 });
    expect((await fetch(task.videoUrl ?? "")).status).toBe(200);
    expect((await fetch(task.thumbnailUrl ?? "")).headers.get("content-type")).toBe("image/jpeg");
  });

  it("url as an object", async () => {
    await control(sim.url, "PUT", "variants", { url_shape: "object" });
    const task = await settle((await api.submitGeneration(body)).taskId);
    expect(task).toMatchObject({ status: "completed", cost: 0.336 });
    expect((await fetch(task.videoUrl ?? "")).status).toBe(200);
  });

  it("cancelled and bare-string failures end the task", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "cancel" });
    expect((await settle((await api.submitGeneration(body)).taskId)).status).toBe("cancelled");
    await control(sim.url, "PUT", "variants", { error_shape: "string" });
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "fail", error: "Image pixel is invalid" });
    const failed = await settle((await api.submitGeneration(body)).taskId);
    expect(failed.error).toMatchObject({ code: "invalid_request", message: expect.stringContaining("Image pixel") });
  });

  it("a forgotten task is not_found in both the 404 and the 400 form", async () => {
    const { taskId } = await api.submitGeneration(body);
    await control(sim.url, "POST", "forget", { task_id: taskId });
    expect((await caught(api.getTask(taskId))).code).toBe("not_found");
    await control(sim.url, "PUT", "variants", { not_found: 400 });
    const error = await caught(api.getTask(taskId));
    expect(error).toMatchObject({ code: "not_found", status: 400 });
  });

  it("refuses too many images naming the limit and the count sent", async () => {
    await control(sim.url, "PUT", "variants", { image_limit: { max: 2 } });
    const png = new Uint8Array(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
        "base64",
      ),
    );
    const url = String((await upload(sim.url, png, "dot.png")).json.url);
    const error = await caught(api.submitGeneration({ ...body, image_urls: [url, url, url] }));
    expect(error.message).toBe(
      "The video service accepts at most 2 images. This request had 3 images. Use 2 or fewer and try again.",
    );
  });
});

describe("faults", () => {
  it("403, build_request_failed and a 429 with Retry-After", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "403" });
    expect((await caught(api.submitGeneration(body))).message).toContain("not allowed for this model");
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "build_request_failed" });
    expect((await caught(api.submitGeneration(body))).retryable).toBe(false);
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "429", retryAfter: 9 });
    const limited = await caught(api.getTask("task_01K9S419324DREZFBWNSVXYR6H"));
    expect(limited).toMatchObject({ code: "rate_limit", retryAfterSeconds: 9 });
  });

  it("idempotency answers are told apart", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "idempotency_in_progress", retryAfter: 1 });
    const busy = await caught(api.submitGeneration(body, { idempotencyKey: "k-1" }));
    expect(busy).toMatchObject({ idempotency: "in_progress", retryAfterSeconds: 1, retryable: true });
    await api.submitGeneration(body, { idempotencyKey: "k-2" });
    const reused = await caught(api.submitGeneration({ ...body, prompt: "edited" }, { idempotencyKey: "k-2" }));
    expect(reused).toMatchObject({ idempotency: "key_reused", code: "invalid_request", status: 409 });
  });

  it("a submit whose answer was lost is recovered with the same key: one task", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "drop", stage: "after" });
    const lost = await api.submitGeneration(body, { idempotencyKey: "lost-1" }).catch((error: unknown) => error);
    expect(lost).toBeInstanceOf(AppError);
    expect((lost as AppError).code).toBe("network");
    const again = await api.submitGeneration(body, { idempotencyKey: "lost-1" });
    expect(again.taskId).toMatch(/^task_/);
    expect((await settle(again.taskId)).status).toBe("completed");
  });
});

describe("getBalance", () => {
  it("reads the key and the account balance, which fall by what completed tasks cost", async () => {
    expect(await api.getBalance()).toEqual({
      unlimited: false,
      remainingUsd: 100,
      remainingCredits: 1000,
      usedUsd: 0,
      usedCredits: 0,
    });
    await settle((await api.submitGeneration(body)).taskId);
    expect(await api.getBalance("account")).toMatchObject({ remainingUsd: 99.664, usedUsd: 0.336 });
  });

  it("reports an unlimited key and a failed query", async () => {
    await control(sim.url, "PUT", "balance", { balance: -1 });
    expect(await api.getBalance()).toMatchObject({ unlimited: true, remainingUsd: undefined });
    await control(sim.url, "PUT", "balance", { fail: true });
    const error = await api.getBalance().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "upstream",
      message: "The video service could not report the balance right now.",
    });
  });
});
