import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authHeaders, startTestSimulator, submit, type TestSimulator, taskIdOf } from "./helpers";

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 600 });
});
afterAll(async () => {
  await sim.close();
});

const body = { model: "kling-video-o1", prompt: "idempotent", mode: "std", duration: 5 };
const withKey = (key: string, apiKey?: string) => ({ ...authHeaders(apiKey), "Idempotency-Key": key });

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body", async () => {
    const first = await submit(sim.url, body, withKey("replay-1"));
    const second = await submit(sim.url, body, withKey("replay-1"));
    expect(first.status).toBe(200);
    expect(first.response.headers.get("idempotency-replayed")).toBeNull();
    expect(second.status).toBe(200);
    expect(second.response.headers.get("idempotency-replayed")).toBe("true");
    expect(second.json).toEqual(first.json);
  });

  it("treats a reordered but equal body as the same body", async () => {
    const first = await submit(sim.url, body, withKey("replay-2"));
    const reordered = { duration: 5, mode: "std", prompt: "idempotent", model: "kling-video-o1" };
    const second = await submit(sim.url, reordered, withKey("replay-2"));
    expect(taskIdOf(second.json)).toBe(taskIdOf(first.json));
  });

  it("answers 409 idempotency_key_reused for a different body", async () => {
    await submit(sim.url, body, withKey("conflict-1"));
    const second = await submit(sim.url, { ...body, prompt: "something else" }, withKey("conflict-1"));
    expect(second.status).toBe(409);
    expect(second.json).toEqual({
      error: { code: "idempotency_key_reused", message: expect.any(String), type: "invalid_request_error" },
    });
  });

  it("does not remember rejected requests", async () => {
    const bad = await submit(sim.url, { ...body, duration: "5" }, withKey("fix-and-retry"));
    expect(bad.status).toBe(400);
    const fixed = await submit(sim.url, body, withKey("fix-and-retry"));
    expect(fixed.status).toBe(200);
  });

  it("creates new tasks without a key or with another key", async () => {
    const a = taskIdOf((await submit(sim.url, body)).json);
    const b = taskIdOf((await submit(sim.url, body)).json);
    const c = taskIdOf((await submit(sim.url, body, withKey("other-1"))).json);
    const d = taskIdOf((await submit(sim.url, body, withKey("other-2"))).json);
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it("scopes keys per API key", async () => {
    const mine = await submit(sim.url, body, withKey("shared-key", "sk-one"));
    const theirs = await submit(sim.url, body, withKey("shared-key", "sk-two"));
    expect(taskIdOf(theirs.json)).not.toBe(taskIdOf(mine.json));
  });

  it("rejects a malformed key", async () => {
    const { status, json } = await submit(sim.url, body, withKey("has space"));
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { param: "Idempotency-Key" } });
  });
});
