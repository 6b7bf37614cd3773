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
