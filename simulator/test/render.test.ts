import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ffprobe,
  makeImage,
  startTestSimulator,
  submitOk,
  type TaskData,
  type TestSimulator,
  topLevelBoxes,
  upload,
  videoUrlOf,
  waitForTerminal,
} from "./helpers";

let sim: TestSimulator;
let scratch: string;
beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 1 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-render-"));
});
afterAll(async () => {
  await sim.close();
  await rm(scratch, { recursive: true, force: true });
});

async function download(url: string, name: string): Promise<{ path: string; bytes: Uint8Array }> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return { path, bytes };
}

const sizes = {
  std: { "16:9": [1280, 720], "9:16": [720, 1280], "1:1": [720, 720] },
  pro: { "16:9": [1920, 1080], "9:16": [1080, 1920], "1:1": [1080, 1080] },
} as const;
// §12 per-clip prices at the effective rate (no input video), as published.
const clipPrice = { std: { 5: 0.336, 10: 0.672 }, pro: { 5: 0.448, 10: 0.896 } } as const;

// Every mode x aspect x duration combination (12 renders; ffmpeg runs them one at a time).
const cases = (["std", "pro"] as const).flatMap((mode) =>
  (["16:9", "9:16", "1:1"] as const).flatMap((aspect_ratio) =>
    ([5, 10] as const).map((duration) => {
      const [width, height] = sizes[mode][aspect_ratio];
      return {
        mode,
        aspect_ratio,
        duration,
        width,
        height,
        cost: clipPrice[mode][duration],
      };
    }),
  ),
);

describe("rendered MP4s", () => {
  // Submitted together up front; the simulator renders them one after another.
  const pending = new Map<string, Promise<TaskData>>();
  beforeAll(async () => {
    for (const c of cases) {
      const id = await submitOk(sim.url, {
        model: "kling-video-o1",
        prompt: `Size check ${c.mode} ${c.aspect_ratio} ${c.duration}s`,
        mode: c.mode,
        aspect_ratio: c.aspect_ratio,
        duration: c.duration,
      });
      pending.set(`${c.mode}-${c.aspect_ratio}-${c.duration}`, waitForTerminal(sim.url, id, 90_000));
    }
  }, 90_000);

  it.each(cases)(
    "$mode $aspect_ratio $duration s → $width x $height H.264, faststart",
    async (c) => {
      const data = await pending.get(`${c.mode}-${c.aspect_ratio}-${c.duration}`);
      expect(data?.status).toBe("completed");
      if (data === undefined) return;
      expect(data.cost).toBe(c.cost);
      expect(data.credits_cost).toBe(Math.round(c.cost * 10_000) / 1000);
      const { path, bytes } = await download(
        videoUrlOf(data),
        `${c.mode}-${c.aspect_ratio.replace(":", "x")}-${c.duration}.mp4`,
      );
      const probe = await ffprobe(path);
      const video = probe.streams.find((s) => s.codec_type === "video");
      expect(video).toMatchObject({
        codec_name: "h264",
        width: c.width,
        height: c.height,
        pix_fmt: "yuv420p",
        r_frame_rate: "24/1",
      });
      expect(probe.streams.find((s) => s.codec_type === "audio")?.codec_name).toBe("aac");
      expect(Math.abs(Number(probe.format.duration) - c.duration)).toBeLessThanOrEqual(0.1);
      const boxes = topLevelBoxes(bytes);
      expect(boxes).toContain("mdat");
      expect(boxes.indexOf("moov")).toBeGreaterThanOrEqual(0);
      expect(boxes.indexOf("moov")).toBeLessThan(boxes.indexOf("mdat"));
    },
    90_000,
  );
});

describe("reference images in the render", () => {
  it("renders with uploaded and unreachable images (the unreachable one is skipped)", async () => {
    const png = await upload(sim.url, await makeImage(scratch, "ref.png", "320x200"), "ref.png");
    const gif = await upload(sim.url, await makeImage(scratch, "ref.gif", "80x120"), "ref.gif");
    const id = await submitOk(sim.url, {
      model: "kling-video-o1",
      prompt: "The character in <<<image_1>>> walks into <<<image_2>>>",
      aspect_ratio: "9:16",
      image_urls: [png.json.url, "http://127.0.0.1:9/unreachable.jpg", gif.json.url],
    });
    const data = await waitForTerminal(sim.url, id, 90_000);
    expect(data.status).toBe("completed");
    const { path } = await download(videoUrlOf(data), "with-images.mp4");
    const probe = await ffprobe(path);
    expect(probe.streams.find((s) => s.codec_type === "video")).toMatchObject({ width: 720, height: 1280 });
  }, 90_000);
});

describe("render failure", () => {
  it("ends the task failed with the render error object", async () => {
    const broken = await startTestSimulator({ taskSeconds: 0.5, ffmpegPath: "/bin/false" });
    try {
      const id = await submitOk(broken.url, { model: "kling-video-o1", prompt: "this render fails" });
      const data = await waitForTerminal(broken.url, id);
      expect(data).toEqual({
        id,
        status: "failed",
        progress: 100,
        error: { code: 500, message: "video render failed", type: "server_error" },
        created: expect.any(Number),
        completed: expect.any(Number),
        estimated_time: 1,
        actual_time: expect.any(Number),
      });
    } finally {
      await broken.close();
    }
  });
});
