import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { control, startTestSimulator, submitOk, type TestSimulator, videoUrlOf, waitForTerminal } from "./helpers";

let sim: TestSimulator;
const body = { model: "kling-video-o1", prompt: "redirected result" };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
});
afterEach(async () => {
  await control(sim.url, "DELETE", "variants");
});
afterAll(async () => {
  await sim.close();
});

async function mirrorUrl(): Promise<string> {
  const info = (await control(sim.url, "GET", "info")).json as { mirror_url: string; public_url: string };
  expect(info.public_url).toBe(sim.url);
  return info.mirror_url;
}

describe("result files behind a redirect to another host name", () => {
  it("302s the task's 127.0.0.1 URL to the mirror on localhost, which serves the MP4", async () => {
    const mirror = await mirrorUrl();
    expect(mirror).toMatch(/^http:\/\/localhost:\d+$/);
    expect(new URL(mirror).port).not.toBe(new URL(sim.url).port);
    await control(sim.url, "PUT", "variants", { result_redirect: true });
    const url = videoUrlOf(await waitForTerminal(sim.url, await submitOk(sim.url, body)));
    expect(url.startsWith(`${sim.url}/f/video/`)).toBe(true);

    const first = await fetch(url, { redirect: "manual" });
    expect(first.status).toBe(302);
    const location = first.headers.get("location") ?? "";
    expect(location).toBe(`${mirror}${new URL(url).pathname}`);

    const followed = await fetch(url);
    expect(followed.status).toBe(200);
    expect(followed.url).toBe(location);
    expect(followed.headers.get("content-type")).toBe("video/mp4");
    expect((await followed.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("chains several redirects with the chosen status, per task", async () => {
    const mirror = await mirrorUrl();
    const id = await submitOk(sim.url, body);
    const other = await submitOk(sim.url, body);
    await control(sim.url, "PUT", "variants", { task_id: id, result_redirect: { hops: 3, status: 307 } });
    let url = videoUrlOf(await waitForTerminal(sim.url, id));
    const chain: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(url, { redirect: "manual" });
      chain.push(response.status);
      if (response.status !== 307) break;
      url = new URL(response.headers.get("location") ?? "", url).toString();
    }
    expect(chain).toEqual([307, 307, 307, 200]);
    expect(url.startsWith(mirror)).toBe(true);
    // The other task is served directly.
    expect((await fetch(videoUrlOf(await waitForTerminal(sim.url, other)), { redirect: "manual" })).status).toBe(200);
  });

  it("redirects to a configured target and serves requests already on the target's host name", async () => {
    const port = new URL(sim.url).port;
    await control(sim.url, "PUT", "variants", { result_redirect: { target: `http://localhost:${port}` } });
    const url = videoUrlOf(await waitForTerminal(sim.url, await submitOk(sim.url, body)));
    const first = await fetch(url, { redirect: "manual" });
    expect(first.headers.get("location")).toBe(url.replace("127.0.0.1", "localhost"));
    expect((await fetch(url)).status).toBe(200);
  });

  it("an expired result redirects, then answers 410 on the other host", async () => {
    await control(sim.url, "PUT", "variants", { result_redirect: true });
    const id = await submitOk(sim.url, body);
    const url = videoUrlOf(await waitForTerminal(sim.url, id));
    await control(sim.url, "POST", "expire", { task_id: id, status: 410 });
    const response = await fetch(url);
    expect(response.redirected).toBe(true);
    expect(response.status).toBe(410);
  });

  it("the mirror serves only files", async () => {
    const mirror = await mirrorUrl();
    expect((await fetch(`${mirror}/v1/balance`)).status).toBe(404);
    expect((await fetch(`${mirror}/__sim/health`)).status).toBe(404);
  });
});

describe("a slow file host", () => {
  it("spreads one task's result video over download_ms, whole and intact", async () => {
    const slow = await submitOk(sim.url, body);
    await control(sim.url, "PUT", "variants", { task_id: slow, download_ms: 800 });
    const url = videoUrlOf(await waitForTerminal(sim.url, slow));
    const started = Date.now();
    const slowBytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    // A lower bound only: the bytes cannot arrive sooner than the pauses between them.
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    await control(sim.url, "PUT", "variants", { task_id: slow, download_ms: null });
    const fastBytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(slowBytes.equals(fastBytes)).toBe(true);
    expect(slowBytes.subarray(4, 8).toString()).toBe("ftyp");
  });
});
