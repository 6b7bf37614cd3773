import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authHeaders, startTestSimulator, submit, type TestSimulator, testKey } from "./helpers";

const body = { model: "kling-video-o1", prompt: "auth check" };

describe("auth with SIMULATOR_API_KEY set", () => {
  let sim: TestSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ apiKey: testKey, taskSeconds: 600 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it.each<{ name: string; headers: Record<string, string> }>([
    { name: "no Authorization header", headers: {} },
    { name: "an empty Bearer key", headers: { Authorization: "Bearer " } },
    { name: "an empty header", headers: { Authorization: "" } },
  ])("answers 401 'API key is required' for $name", async ({ headers }) => {
    const { status, json, response } = await submit(sim.url, body, headers);
    const requestId = response.headers.get("x-oneapi-request-id");
    expect(status).toBe(401);
    expect(requestId).toMatch(/^\d{20}[a-z0-9]{8}$/);
    expect(json).toEqual({
      error: { message: `API key is required (request id: ${requestId ?? ""})`, type: "apimart_error" },
    });
  });

  it("answers 401 'invalid API key' with the gateway shape for a wrong key", async () => {
    const { status, json, response } = await submit(sim.url, body, authHeaders("sk-wrong"));
    const requestId = response.headers.get("x-oneapi-request-id") ?? "missing";
    expect(status).toBe(401);
    expect(json).toEqual({
      error: { code: "", message: `invalid API key (request id: ${requestId})`, param: "", type: "apimart_error" },
    });
  });

  it("accepts the configured key", async () => {
    const { status } = await submit(sim.url, body);
    expect(status).toBe(200);
  });

  it("protects polling and uploads too", async () => {
    const pollResponse = await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H`);
    expect(pollResponse.status).toBe(401);
    expect(await pollResponse.json()).toMatchObject({ error: { type: "apimart_error" } });
    const uploadResponse = await fetch(`${sim.url}/v1/uploads/images`, {
      method: "POST",
      headers: authHeaders("nope"),
      body: new FormData(),
    });
    expect(uploadResponse.status).toBe(401);
  });

  it("uses a fresh request id per request", async () => {
    const a = await submit(sim.url, body, {});
    const b = await submit(sim.url, body, {});
    expect(a.response.headers.get("x-oneapi-request-id")).not.toBe(b.response.headers.get("x-oneapi-request-id"));
  });
});

describe("auth without SIMULATOR_API_KEY", () => {
  let sim: TestSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator({ taskSeconds: 600 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it("accepts any non-empty key", async () => {
    expect((await submit(sim.url, body, authHeaders("anything-at-all"))).status).toBe(200);
  });

  it("still requires a key", async () => {
    expect((await submit(sim.url, body, {})).status).toBe(401);
  });
});
