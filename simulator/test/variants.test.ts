import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  control,
  makeImage,
  poll,
  startTestSimulator,
  submit,
  submitOk,
  type TestSimulator,
  upload,
  videoUrlOf,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let scratch: string;
const body = { model: "kling-video-o1", prompt: "variants" };

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-variants-"));
});
afterEach(async () => {
  await control(sim.url, "DELETE", "variants");
  await control(sim.url, "DELETE", "faults");
});
afterAll(async () => {
  await sim.close();
  await rm(scratch, { recursive: true, force: true });
});

async function firstStatus(id: string): Promise<string> {
  return (await poll(sim.url, id)).json.data.status;
}

describe("result variants", () => {
  it("defaults to the current documented shape", async () => {
    expect((await control(sim.url, "GET", "variants")).json).toEqual({
      ok: true,
      variants: {
        url_shape: "array",
        thumbnail: false,
        early_status: "pending",
        error_shape: "object",
        result_redirect: null,
        download_ms: 0,
        not_found: 404,
        bad_inputs: "skip",
        image_limit: { max: 7, max_with_video: 4, stage: "submit" },
      },
    });
  });

  it("plays url as a string, an object and an array, per task over the global setting", async () => {
    await control(sim.url, "PUT", "variants", { url_shape: "string" });
    const asString = await submitOk(sim.url, body);
    const asObject = await submitOk(sim.url, { ...body, mode: "pro", aspect_ratio: "9:16" });
    const asArray = await submitOk(sim.url, body);
    expect((await control(sim.url, "PUT", "variants", { task_id: asObject, url_shape: "object" })).status).toBe(200);
    await control(sim.url, "PUT", "variants", { task_id: asArray, url_shape: "array" });

    const s = await waitForTerminal(sim.url, asString);
    expect(typeof s.result?.videos[0]?.url).toBe("string");
    const o = await waitForTerminal(sim.url, asObject);
    expect(o.result?.videos[0]?.url).toEqual({
      url: expect.stringMatching(/^http/),
      duration: 5,
      width: 1080,
      height: 1920,
    });
    const a = await waitForTerminal(sim.url, asArray);
    expect(a.result?.videos[0]?.url).toEqual([expect.stringMatching(/^http/)]);
    // Every shape points at a real MP4.
    for (const data of [s, o, a]) expect((await fetch(videoUrlOf(data))).status).toBe(200);

    // null puts a task back on the global value.
    await control(sim.url, "PUT", "variants", { task_id: asArray, url_shape: null });
    expect(typeof (await poll(sim.url, asArray)).json.data.result?.videos[0]?.url).toBe("string");
  });

  it("adds result.thumbnail_url, a real JPEG frame of the result", async () => {
    await control(sim.url, "PUT", "variants", { thumbnail: true });
    const data = await waitForTerminal(sim.url, await submitOk(sim.url, body));
    expect(Object.keys(data.result ?? {})).toEqual(["thumbnail_url", "videos"]);
    const url = data.result?.thumbnail_url ?? "";
    expect(url).toMatch(/\/f\/image\/.+-thumbnail_task_\w{26}\.jpg$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it("reports `submitted` before processing when asked", async () => {
    await control(sim.url, "PUT", "variants", { early_status: "submitted" });
    const slow = await startTestSimulator({ taskSeconds: 30 });
    try {
      await control(slow.url, "PUT", "variants", { early_status: "submitted" });
      const id = await submitOk(slow.url, body);
      expect((await poll(slow.url, id)).json.data).toMatchObject({ status: "submitted", progress: 0 });
    } finally {
      await slow.close();
    }
  });

  it("sends a failed task's error as a bare string", async () => {
    await control(sim.url, "PUT", "variants", { error_shape: "string" });
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "fail" });
    const data = await waitForTerminal(sim.url, await submitOk(sim.url, body));
    expect(data.status).toBe("failed");
    expect(data.error).toBe("Video generation failed: content moderation");
  });

  it("accepts a bare-string error in a fail fault without any variant", async () => {
    await control(sim.url, "POST", "faults", { endpoint: "task", fault: "fail", error: "risk control refused" });
    const data = await waitForTerminal(sim.url, await submitOk(sim.url, body));
    expect(data.error).toBe("risk control refused");
  });

  it("answers unknown tasks with the 400 form when asked", async () => {
    await control(sim.url, "PUT", "variants", { not_found: 400 });
    const missing = await poll(sim.url, "task_01K9S419324DREZFBWNSVXYR6H");
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      error: {
        code: 400,
        message: "task does not exist or has expired",
        type: "invalid_request_error",
        param: "task_id",
      },
    });
  });

  it("refuses global-only fields per task and unknown values", async () => {
    const id = await submitOk(sim.url, body);
    expect((await control(sim.url, "PUT", "variants", { task_id: id, not_found: 400 })).status).toBe(400);
    expect((await control(sim.url, "PUT", "variants", { url_shape: "list" })).status).toBe(400);
    expect((await control(sim.url, "PUT", "variants", { task_id: "task_nope", thumbnail: true })).status).toBe(404);
    expect(await firstStatus(id)).not.toBe("failed");
  });
});

describe("inputs Kling cannot use", () => {
  it("fails the task with 'Image pixel is invalid' for an image whose pixels cannot be decoded", async () => {
    // Real PNG magic bytes (so the upload is accepted), garbage after them.
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);
    const uploaded = await upload(sim.url, broken, "broken.png");
    expect(uploaded.status).toBe(200);
    const request = { ...body, image_urls: [uploaded.json.url] };

    // Default: skipped, the video still renders.
    expect((await waitForTerminal(sim.url, await submitOk(sim.url, request))).status).toBe("completed");

    await control(sim.url, "PUT", "variants", { bad_inputs: "fail" });
    const failed = await waitForTerminal(sim.url, await submitOk(sim.url, request));
    expect(failed).toMatchObject({
      status: "failed",
      error: { code: "task_failed", message: "Image pixel is invalid", type: "task_failed", param: "" },
    });

    await control(sim.url, "PUT", "variants", { error_shape: "string" });
    expect((await waitForTerminal(sim.url, await submitOk(sim.url, request))).error).toBe("Image pixel is invalid");
  });

  it("fails the task for an image it cannot download", async () => {
    await control(sim.url, "PUT", "variants", { bad_inputs: "fail" });
    const request = { ...body, image_urls: ["http://127.0.0.1:1/missing.png"] };
    const failed = await waitForTerminal(sim.url, await submitOk(sim.url, request));
    expect(failed.error).toMatchObject({ message: "Image download failed" });
  });

  it("refuses too many images at submit, or as a failed task naming the limit", async () => {
    const png = await makeImage(scratch, "limit.png");
    const url = String((await upload(sim.url, png, "limit.png")).json.url);
    const three = { ...body, image_urls: [url, url, url] };

    await control(sim.url, "PUT", "variants", { image_limit: { max: 2 } });
    const refused = await submit(sim.url, three);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      error: {
        code: 400,
        message: "image_urls accepts at most 2 images",
        type: "invalid_request_error",
        param: "image_urls",
      },
    });

    await control(sim.url, "PUT", "variants", { image_limit: { stage: "task" } });
    const failed = await waitForTerminal(sim.url, await submitOk(sim.url, three));
    expect(failed).toMatchObject({ status: "failed", error: { message: "image_urls accepts at most 2 images" } });
    expect((await waitForTerminal(sim.url, await submitOk(sim.url, { ...body, image_urls: [url, url] }))).status).toBe(
      "completed",
    );
  });
});
