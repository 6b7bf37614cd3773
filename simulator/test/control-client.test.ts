import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIMULATOR_START_BALANCE, SimulatorControl } from "../../e2e/support/simulator-control";
import { defaultBalanceUsd } from "../balance";
import { poll, startTestSimulator, submit, submitOk, type TestSimulator, videoUrlOf, waitForTerminal } from "./helpers";

/** The typed control client the e2e specs use, against a real simulator. */

let sim: TestSimulator;
let control: SimulatorControl;
const body = { model: "kling-video-o1", prompt: "typed control" };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  control = new SimulatorControl(sim.url);
});
afterAll(async () => {
  await sim.close();
});

describe("SimulatorControl", () => {
  it("sets and resets variants, globally and per task", async () => {
    expect((await control.setVariants({ url_shape: "string", not_found: 400 })).url_shape).toBe("string");
    const id = await submitOk(sim.url, body);
    await control.setTaskVariants(id, { url_shape: "object", result_redirect: true });
    const data = await waitForTerminal(sim.url, id);
    expect(data.result?.videos[0]?.url).toMatchObject({ width: 1280, height: 720 });
    const { mirrorUrl, publicUrl } = await control.info();
    expect(publicUrl).toBe(sim.url);
    expect((await fetch(videoUrlOf(data))).url.startsWith(mirrorUrl)).toBe(true);
    await control.forget(id);
    expect((await poll(sim.url, id)).status).toBe(400);
    await control.resetVariants();
    expect(await control.variants()).toMatchObject({ url_shape: "array", not_found: 404 });
  });

  it("queues faults with their options and task fates", async () => {
    await control.fault("submit", "503", { retryAfter: 3 });
    const faulted = await submit(sim.url, body);
    expect(faulted.status).toBe(503);
    expect(faulted.response.headers.get("retry-after")).toBe("3");
    await control.failNextTask("Image pixel is invalid");
    expect((await waitForTerminal(sim.url, await submitOk(sim.url, body))).error).toBe("Image pixel is invalid");
    await control.cancelNextTask();
    expect((await waitForTerminal(sim.url, await submitOk(sim.url, body))).status).toBe("cancelled");
    expect((await control.requests()).some((request) => request.status === 503)).toBe(true);
  });

  it("expires with 410 and renews, cancels", async () => {
    const id = await submitOk(sim.url, body);
    const url = videoUrlOf(await waitForTerminal(sim.url, id));
    await control.expire({ taskId: id, status: 410, renew: true });
    expect((await fetch(url)).status).toBe(410);
    expect((await fetch(videoUrlOf((await poll(sim.url, id)).json.data))).status).toBe(200);
    await expect(control.cancel(id)).rejects.toThrow(/409/);
  });

  it("sets, fails and restores the balance", async () => {
    await control.setBalance({ balance: 2 });
    expect(await control.balance()).toMatchObject({ success: true, remain_balance: 2 });
    await control.setBalance({ fail: true, failMessage: "down" });
    expect(await control.balance()).toEqual({ success: false, message: "down" });
    expect(SIMULATOR_START_BALANCE).toBe(defaultBalanceUsd);
    await control.restoreDefaults();
    expect(await control.balance()).toMatchObject({ success: true, remain_balance: SIMULATOR_START_BALANCE });
    await control.reset();
    expect(await control.requests()).toEqual([]);
  });
});
