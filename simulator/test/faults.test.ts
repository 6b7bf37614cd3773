import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  authHeaders,
  control,
  makeImage,
  poll,
  startTestSimulator,
  submit,
  submitOk,
  type TestSimulator,
  taskIdOf,
  upload,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let scratch: string;
const body = { model: "kling-video-o1", prompt: "fault injection" };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-faults-"));
});
afterEach(async () => {
  await control(sim.url, "DELETE", "faults");
});
afterAll(async () => {
  await sim.close();
  await rm(scratch, { recursive: true, force: true });
});

const answers = [
  {
    fault: "402",
    status: 402,
    body: { error: { code: 402, message: "Insufficient balance", type: "payment_required" } },
  },
  {
    fault: "429",
    status: 429,
    body: { error: { code: 429, message: "Rate limit exceeded. Please try again later", type: "rate_limit_error" } },
  },
  { fault: "500", status: 500, body: { error: { code: 500, message: "internal error", type: "server_error" } } },
] as const;

describe("injected HTTP faults", () => {
  it.each(answers)(
    "submit fault $fault answers once with the documented body",
    async ({ fault, status, body: expected }) => {
      expect((await control(sim.url, "POST", "faults", { endpoint: "submit", fault })).status).toBe(200);
      const faulted = await submit(sim.url, body);
      expect(faulted.status).toBe(status);
      expect(faulted.json).toEqual(expected);
      expect((await submit(sim.url, body)).status).toBe(200);
    },
  );

  it("submit fault 401 looks like a rejected key even with a valid key", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "401" });
    const faulted = await submit(sim.url, body);
    const requestId = faulted.response.headers.get("x-oneapi-request-id") ?? "missing";
    expect(faulted.status).toBe(401);
    expect(faulted.json).toEqual({
      error: { code: "", message: `invalid API key (request id: ${requestId})`, param: "", type: "apimart_error" },
    });
  });

  it("poll and upload faults hit only their endpoint", async () => {
    const id = await submitOk(sim.url, body);
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "429" });
    await control(sim.url, "POST", "faults", { endpoint: "upload", fault: "500" });
    expect((await submit(sim.url, body)).status).toBe(200);
    const polled = await poll(sim.url, id);
    expect(polled.status).toBe(429);
    expect(polled.json).toEqual(answers[1].body);
    expect((await poll(sim.url, id)).status).toBe(200);
    const png = await makeImage(scratch, "fault.png");
    expect((await upload(sim.url, png, "a.png")).status).toBe(500);
    expect((await upload(sim.url, png, "a.png")).status).toBe(200);
  });

  it("`times` repeats a fault and queued faults answer in FIFO order", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "429", times: 2 });
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "402" });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await submit(sim.url, body)).status);
    expect(statuses).toEqual([429, 429, 402, 200]);
  });

  it("DELETE /__sim/faults clears queued faults", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "500", times: 3 });
    expect(await control(sim.url, "GET", "faults")).toMatchObject({
      json: { submit: [{ fault: "500" }, { fault: "500" }, { fault: "500" }] },
    });
    await control(sim.url, "DELETE", "faults");
    expect((await submit(sim.url, body)).status).toBe(200);
  });

  it("rejects a malformed fault request", async () => {
    expect((await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "418" })).status).toBe(400);
    expect((await control(sim.url, "POST", "faults", { endpoint: "nowhere", fault: "500" })).status).toBe(400);
  });
});

describe("hang fault", () => {
  it("does not answer within 1 s and lets the client abort", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "hang" });
    const started = Date.now();
    const attempt = fetch(`${sim.url}/v1/videos/generations`, {
      method: "POST",
      headers: { ...authHeaders(), "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(1000),
    });
    await expect(attempt).rejects.toMatchObject({ name: "TimeoutError" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    // The aborted request consumed the fault; the next one is normal.
    expect((await submit(sim.url, body)).status).toBe(200);
  });

  it("answers 504 once hangMs has passed", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "hang", hangMs: 300 });
    const started = Date.now();
    const response = await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H`, { headers: authHeaders() });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(response.status).toBe(504);
  });
});

describe("task fail fault", () => {
  it("makes the next task end failed with the default moderation error", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "fail" });
    const id = await submitOk(sim.url, body);
    const normal = await submitOk(sim.url, body);
    const data = await waitForTerminal(sim.url, id);
    expect(data).toEqual({
      id,
      status: "failed",
      progress: 100,
      error: {
        code: "task_failed",
        message: "Video generation failed: content moderation",
        type: "task_failed",
        param: "",
      },
      created: expect.any(Number),
      completed: expect.any(Number),
      estimated_time: 1,
      actual_time: expect.any(Number),
    });
    expect(data.completed).toBeGreaterThanOrEqual(data.created);
    expect((await waitForTerminal(sim.url, normal)).status).toBe("completed");
  });

  it("keeps a stuck task processing long past its time, while the next task completes", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "stuck" });
    const id = await submitOk(sim.url, body);
    const normal = await submitOk(sim.url, body);
    expect((await waitForTerminal(sim.url, normal)).status).toBe("completed");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const data = (await poll(sim.url, id)).json.data;
    expect(data.status).toBe("processing");
    expect(data.progress).toBe(99);
  });

  it("uses a custom error object and is not reported before its normal time", async () => {
    const error = { code: 500, message: "upstream exploded", type: "server_error" };
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "fail", error });
    const id = await submitOk(sim.url, body);
    expect((await poll(sim.url, id)).json.data.status).not.toBe("failed");
    const data = await waitForTerminal(sim.url, id);
    expect(data.status).toBe("failed");
    expect(data.error).toEqual(error);
    expect(data.result).toBeUndefined();
  });
});

describe("more documented faults", () => {
  it.each([
    ["403", 403, { code: 403, type: "permission_error" }],
    ["502", 502, { code: 502, message: "bad gateway", type: "bad_gateway" }],
    ["503", 503, { code: 503, type: "service_unavailable" }],
    ["build_request_failed", 500, { code: 500, message: expect.stringMatching(/^build_request_failed: /) }],
    ["image_count", 400, { code: 400, message: "image_urls accepts at most 2 images", param: "image_urls" }],
    ["idempotency_in_progress", 409, { code: "idempotency_in_progress" }],
    ["idempotency_key_reused", 409, { code: "idempotency_key_reused" }],
    ["idempotency_result_indeterminate", 409, { code: "idempotency_result_indeterminate" }],
    ["idempotency_unavailable", 503, { code: "idempotency_unavailable" }],
  ] as const)("%s answers HTTP %i with its documented error", async (fault, status, error) => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault });
    const faulted = await submit(sim.url, body);
    expect(faulted.status).toBe(status);
    expect(faulted.json).toEqual({ error: expect.objectContaining(error) });
    expect(faulted.response.headers.get("retry-after")).toBeNull();
  });

  it("sends Retry-After on a 429 (or any fault) when asked", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "429", retryAfter: 7 });
    await control(sim.url, "POST", "faults", {
      endpoint: "poll",
      fault: "503",
      retryAfter: "Wed, 21 Oct 2037 07:28:00 GMT",
    });
    const first = await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H`, { headers: authHeaders() });
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("7");
    const second = await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H`, { headers: authHeaders() });
    expect(second.headers.get("retry-after")).toBe("Wed, 21 Oct 2037 07:28:00 GMT");
  });

  it("custom answers with any status and error, including a bare string", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "upload", fault: "custom", status: 451, error: "nope" });
    const png = await makeImage(scratch, "custom.png");
    expect(await upload(sim.url, png, "a.png")).toEqual({ status: 451, json: { error: "nope" } });
    expect((await control(sim.url, "POST", "faults", { endpoint: "upload", fault: "custom" })).status).toBe(400);
  });

  it("an `error` override replaces a named fault's body", async () => {
    const error = { code: "", message: "user quota is not enough", type: "apimart_error" };
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "403", error });
    expect(await submit(sim.url, body)).toMatchObject({ status: 403, json: { error } });
  });

  it("drop closes the connection without an answer", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "drop" });
    await expect(
      fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H`, { headers: authHeaders() }),
    ).rejects.toThrow();
  });

  it("stage after: the task is created, the answer is lost, and the same key recovers it", async () => {
    await control(sim.url, "DELETE", "requests");
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "drop", stage: "after" });
    const headers = { ...authHeaders(), "Idempotency-Key": `lost-${Date.now()}` };
    await expect(submit(sim.url, body, headers)).rejects.toThrow();
    const replay = await submit(sim.url, body, headers);
    expect(replay.status).toBe(200);
    expect(replay.response.headers.get("idempotency-replayed")).toBe("true");
    const id = taskIdOf(replay.json);
    expect((await waitForTerminal(sim.url, id)).status).toBe("completed");
    const log = (await control(sim.url, "GET", "requests")).json as { fault?: string }[];
    expect(log[0]?.fault).toBe("drop (after the task was created)");
  });

  it("stage after with hang holds the answer of a task that exists", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "hang", stage: "after", hangMs: 200 });
    await control(sim.url, "DELETE", "requests");
    const hung = await submit(sim.url, body);
    expect(hung.status).toBe(504);
    const log = (await control(sim.url, "GET", "requests")).json as { fault?: string }[];
    expect(log[0]?.fault).toBe("hang (after the task was created)");
    expect((await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "hang", stage: "after" })).status).toBe(
      400,
    );
  });
});
