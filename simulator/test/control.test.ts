import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authHeaders,
  control,
  makeImage,
  poll,
  startTestSimulator,
  submit,
  submitOk,
  type TestSimulator,
  testKey,
  upload,
  videoUrlOf,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let scratch: string;
beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-control-"));
});
afterAll(async () => {
  await sim.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("control API", () => {
  it("GET /__sim/health", async () => {
    expect(await control(sim.url, "GET", "health")).toEqual({ status: 200, json: { ok: true } });
  });

  it("GET /__sim/requests records /v1 requests without the key", async () => {
    await control(sim.url, "DELETE", "requests");
    const body = { model: "kling-video-o1", prompt: "logged", extra: true };
    await submit(sim.url, body, { ...authHeaders(), "X-Custom": "yes" });
    await submit(sim.url, body, {});
    await upload(sim.url, await makeImage(scratch, "log.png"), "logged.png");
    await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H?language=en`, { headers: authHeaders() });

    const { json } = await control(sim.url, "GET", "requests");
    expect(JSON.stringify(json)).not.toContain(testKey);
    expect(json).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/v1/videos/generations",
        authorization: "present",
        body,
        status: 200,
      }),
      expect.objectContaining({ method: "POST", path: "/v1/videos/generations", authorization: "absent", status: 401 }),
      expect.objectContaining({
        method: "POST",
        path: "/v1/uploads/images",
        upload: { filename: "logged.png", bytes: expect.any(Number), detected_type: "image/png" },
        status: 200,
      }),
      expect.objectContaining({
        method: "GET",
        path: "/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H?language=en",
        status: 404,
      }),
    ]);
    const first = (json as { headers: Record<string, string>; time: string; request_id: string }[])[0];
    expect(first?.headers["x-custom"]).toBe("yes");
    expect(first?.headers.authorization).toBeUndefined();
    expect(Number.isNaN(Date.parse(first?.time ?? ""))).toBe(false);

    await control(sim.url, "DELETE", "requests");
    expect((await control(sim.url, "GET", "requests")).json).toEqual([]);
  });

  it("records injected faults in the request log", async () => {
    await control(sim.url, "DELETE", "requests");
    await control(sim.url, "POST", "faults", { endpoint: "submit", fault: "429" });
    await submit(sim.url, { model: "kling-video-o1", prompt: "x" });
    expect((await control(sim.url, "GET", "requests")).json).toEqual([
      expect.objectContaining({ fault: "429", status: 429 }),
    ]);
  });

  it("POST /__sim/reset forgets tasks, faults and requests", async () => {
    const id = await submitOk(sim.url, { model: "kling-video-o1", prompt: "to be forgotten" });
    await control(sim.url, "POST", "faults", { endpoint: "poll", fault: "500" });
    expect((await control(sim.url, "POST", "reset")).status).toBe(200);
    expect((await control(sim.url, "GET", "requests")).json).toEqual([]);
    expect((await control(sim.url, "GET", "faults")).json).toEqual({
      submit: [],
      poll: [],
      upload: [],
      balance: [],
      task: [],
      stuck: 0,
      cancel: 0,
    });
    expect((await poll(sim.url, id)).status).toBe(404);
  });
});

describe("POST /__sim/expire", () => {
  it("makes one task's video 404 while others and the task itself stay", async () => {
    const a = await waitForTerminal(sim.url, await submitOk(sim.url, { model: "kling-video-o1", prompt: "expire a" }));
    const b = await waitForTerminal(sim.url, await submitOk(sim.url, { model: "kling-video-o1", prompt: "expire b" }));
    expect((await fetch(videoUrlOf(a))).status).toBe(200);
    expect(await control(sim.url, "POST", "expire", { task_id: a.id })).toEqual({
      status: 200,
      json: { ok: true, expired: { videos: 1, images: 0 } },
    });
    expect((await fetch(videoUrlOf(a))).status).toBe(404);
    expect((await fetch(videoUrlOf(b))).status).toBe(200);
    expect((await poll(sim.url, a.id)).json.data).toEqual(a);

    await control(sim.url, "POST", "expire", {});
    expect((await fetch(videoUrlOf(b))).status).toBe(404);
  });

  it("expires uploaded images with uploads: true", async () => {
    const { json } = await upload(sim.url, await makeImage(scratch, "expire.png"), "expire.png");
    const url = String(json.url);
    expect((await fetch(url)).status).toBe(200);
    await control(sim.url, "POST", "expire", {});
    expect((await fetch(url)).status).toBe(200);
    await control(sim.url, "POST", "expire", { uploads: true, videos: false });
    expect((await fetch(url)).status).toBe(404);
  });

  it("answers 404 for an unknown task id", async () => {
    expect((await control(sim.url, "POST", "expire", { task_id: "task_nope" })).status).toBe(404);
  });
});
