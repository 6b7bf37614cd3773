import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  control,
  poll,
  startTestSimulator,
  submitOk,
  type TestSimulator,
  videoUrlOf,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let slow: TestSimulator;
const body = { model: "kling-video-o1", prompt: "task controls" };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  slow = await startTestSimulator({ taskSeconds: 60 });
});
afterEach(async () => {
  await control(sim.url, "DELETE", "variants");
});
afterAll(async () => {
  await sim.close();
  await slow.close();
});

describe("forget", () => {
  it("makes a task answer not-found (404, or 400 when asked) and its video 404", async () => {
    const id = await submitOk(sim.url, body);
    const data = await waitForTerminal(sim.url, id);
    const video = videoUrlOf(data);
    expect((await control(sim.url, "POST", "forget", { task_id: id })).json).toEqual({ ok: true });
    expect((await poll(sim.url, id)).status).toBe(404);
    expect((await fetch(video)).status).toBe(404);
    await control(sim.url, "PUT", "variants", { not_found: 400 });
    expect((await poll(sim.url, id)).status).toBe(400);
    expect((await control(sim.url, "POST", "forget", { task_id: id })).status).toBe(404);
  });

  it("forgets a task that is still rendering without leaving it behind", async () => {
    const id = await submitOk(slow.url, body);
    expect((await control(slow.url, "POST", "forget", { task_id: id })).status).toBe(200);
    expect((await poll(slow.url, id)).status).toBe(404);
  });
});

describe("cancel", () => {
  it("reports cancelled without cost, completion time or result, and refuses an ended task", async () => {
    const id = await submitOk(slow.url, body);
    expect((await control(slow.url, "POST", "cancel", { task_id: id })).json).toEqual({ ok: true });
    const data = (await poll(slow.url, id)).json.data;
    expect(data).toEqual({
      id,
      status: "cancelled",
      progress: 0,
      created: expect.any(Number),
      estimated_time: 60,
    });
    expect((await control(slow.url, "POST", "cancel", { task_id: id })).status).toBe(409);

    const done = await submitOk(sim.url, body);
    await waitForTerminal(sim.url, done);
    expect((await control(sim.url, "POST", "cancel", { task_id: done })).status).toBe(409);
    expect((await control(sim.url, "POST", "cancel", { task_id: "task_nope" })).status).toBe(404);
  });

  it("a cancel fault ends the next task cancelled at its normal time", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "cancel" });
    const id = await submitOk(sim.url, body);
    const next = await submitOk(sim.url, body);
    expect((await poll(sim.url, id)).json.data.status).not.toBe("cancelled");
    expect(await waitForTerminal(sim.url, id)).toMatchObject({ status: "cancelled", progress: 99 });
    expect((await waitForTerminal(sim.url, next)).status).toBe("completed");
  });
});

describe("expire", () => {
  it("makes the result link answer 410 while the task still answers with it", async () => {
    const id = await submitOk(sim.url, body);
    const data = await waitForTerminal(sim.url, id);
    const video = videoUrlOf(data);
    expect((await control(sim.url, "POST", "expire", { task_id: id, status: 410 })).json).toEqual({
      ok: true,
      expired: { videos: 1, images: 0 },
    });
    expect((await fetch(video)).status).toBe(410);
    const again = await poll(sim.url, id);
    expect(again.status).toBe(200);
    expect(videoUrlOf(again.json.data)).toBe(video);
  });

  it("renews the link: the task shows a new, working URL and the old one stays dead", async () => {
    const id = await submitOk(sim.url, body);
    const old = videoUrlOf(await waitForTerminal(sim.url, id));
    await control(sim.url, "POST", "expire", { task_id: id, status: 410, renew: true });
    const fresh = videoUrlOf((await poll(sim.url, id)).json.data);
    expect(fresh).not.toBe(old);
    expect(fresh).toMatch(/-r1-video_task_\w{26}\.mp4$/);
    expect((await fetch(old)).status).toBe(410);
    const response = await fetch(fresh);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/mp4");
  });

  it("rejects an unknown status", async () => {
    expect((await control(sim.url, "POST", "expire", { status: 500 })).status).toBe(400);
  });
});
