import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ffprobe,
  makeVideo,
  startTestSimulator,
  submitOk,
  type TestSimulator,
  videoUrlOf,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let scratch: string;
let origin: Server;
let originUrl: string;

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-video-"));
  await makeVideo(scratch, "clip-4.2.mp4", 4.2);
  await makeVideo(scratch, "clip-2.mp4", 2);
  // A stand-in for some public host serving the input clips (ffprobe reads them over HTTP).
  origin = createServer((req, res) => {
    const path = join(scratch, (req.url ?? "/").slice(1));
    stat(path).then(
      (info) => {
        res.writeHead(200, { "Content-Type": "video/mp4", "Content-Length": info.size });
        createReadStream(path).pipe(res);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((resolve) => origin.close(resolve));
  await rm(scratch, { recursive: true, force: true });
});

async function durationOf(url: string): Promise<number> {
  const path = join(scratch, `out-${Date.now()}.mp4`);
  await writeFile(path, new Uint8Array(await (await fetch(url)).arrayBuffer()));
  return Number((await ffprobe(path)).format.duration);
}

describe("video_list refer_type base", () => {
  it("makes the output as long as the input video (fetched over HTTP)", async () => {
    const id = await submitOk(sim.url, {
      model: "kling-video-o1",
      prompt: "Replace the background with a beach",
      duration: 10,
      video_list: [{ video_url: `${originUrl}/clip-4.2.mp4`, refer_type: "base", keep_original_sound: "yes" }],
    });
    const data = await waitForTerminal(sim.url, id);
    expect(data.status).toBe("completed");
    expect(Math.abs((await durationOf(videoUrlOf(data))) - 4.2)).toBeLessThanOrEqual(0.1);
    // std with an input video: 0.1008 USD/s (§12) for the 4.2 s the output lasts.
    expect(data.cost).toBeCloseTo(0.1008 * 4.2, 4);
  });

  it("clamps inputs shorter than 3 s to 3 s", async () => {
    const id = await submitOk(sim.url, {
      model: "kling-video-o1",
      prompt: "short input",
      video_list: [{ video_url: `${originUrl}/clip-2.mp4` }],
    });
    const data = await waitForTerminal(sim.url, id);
    expect(data.status).toBe("completed");
    expect(Math.abs((await durationOf(videoUrlOf(data))) - 3)).toBeLessThanOrEqual(0.1);
  });

  it("reads the simulator's own result URLs from disk, not over HTTP", async () => {
    // With a public URL nobody can resolve, only a direct read can find the source clip.
    const hidden = await startTestSimulator({ taskSeconds: 1, publicUrl: "http://files.simulator.invalid/" });
    try {
      const first = await waitForTerminal(
        hidden.url,
        await submitOk(hidden.url, { model: "kling-video-o1", prompt: "source" }),
      );
      const source = videoUrlOf(first);
      expect(source.startsWith("http://files.simulator.invalid/f/video/")).toBe(true);
      const id = await submitOk(hidden.url, {
        model: "kling-video-o1",
        prompt: "edit of own result",
        video_list: [{ video_url: source }],
      });
      const data = await waitForTerminal(hidden.url, id);
      expect(data.status).toBe("completed");
      const local = videoUrlOf(data).replace("http://files.simulator.invalid", hidden.url);
      expect(Math.abs((await durationOf(local)) - 5)).toBeLessThanOrEqual(0.1);
    } finally {
      await hidden.close();
    }
  });

  it("fails the task with a clear error when the input cannot be probed", async () => {
    const id = await submitOk(sim.url, {
      model: "kling-video-o1",
      prompt: "missing input",
      video_list: [{ video_url: `${originUrl}/does-not-exist.mp4`, refer_type: "base" }],
    });
    const data = await waitForTerminal(sim.url, id);
    expect(data.status).toBe("failed");
    expect(data.result).toBeUndefined();
    expect(data.error).toEqual({
      code: 400,
      message: expect.stringContaining("video_list[0].video_url could not be read as a video"),
      type: "invalid_request_error",
    });
  });

  it("keeps the requested duration for a feature reference video", async () => {
    const id = await submitOk(sim.url, {
      model: "kling-video-o1",
      prompt: "copy the moves",
      video_list: [{ video_url: `${originUrl}/clip-2.mp4`, refer_type: "feature" }],
    });
    const data = await waitForTerminal(sim.url, id);
    expect(data.status).toBe("completed");
    expect(Math.abs((await durationOf(videoUrlOf(data))) - 5)).toBeLessThanOrEqual(0.1);
  });
});
