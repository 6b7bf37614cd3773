import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { poll, startTestSimulator, submitOk, videoUrlOf, waitForTerminal } from "./helpers";

function pathOf(url: string): string {
  return new URL(url).pathname;
}

describe("restarts", () => {
  it("keeps completed tasks, their timestamps and their videos", async () => {
    const first = await startTestSimulator({ taskSeconds: 1 });
    const done = await waitForTerminal(
      first.url,
      await submitOk(first.url, { model: "kling-video-o1", prompt: "survives" }),
    );
    await first.stop();

    const second = await startTestSimulator({ dataDir: first.dataDir, taskSeconds: 30 });
    try {
      const { status, json } = await poll(second.url, done.id);
      expect(status).toBe(200);
      // Same data, only the base URL may differ (new port).
      expect({ ...json.data, result: undefined }).toEqual({ ...done, result: undefined });
      const url = videoUrlOf(json.data);
      expect(pathOf(url)).toBe(pathOf(videoUrlOf(done)));
      expect(url.startsWith(second.url)).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("finishes a task whose render was interrupted by the restart", async () => {
    const first = await startTestSimulator({ taskSeconds: 1 });
    const id = await submitOk(first.url, { model: "kling-video-o1", prompt: "interrupted", mode: "pro", duration: 10 });
    await first.stop();

    const second = await startTestSimulator({ dataDir: first.dataDir });
    try {
      const data = await waitForTerminal(second.url, id);
      expect(data.status).toBe("completed");
      expect(data.estimated_time).toBe(1); // the timeline of the first run is kept
      expect((await fetch(videoUrlOf(data))).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("re-renders a missing MP4 under the same URL", async () => {
    const first = await startTestSimulator({ taskSeconds: 1 });
    const done = await waitForTerminal(
      first.url,
      await submitOk(first.url, { model: "kling-video-o1", prompt: "lost file" }),
    );
    await first.stop();
    const videos = join(first.dataDir, "videos");
    for (const file of await readdir(videos)) await rm(join(videos, file));

    const second = await startTestSimulator({ dataDir: first.dataDir });
    try {
      const url = videoUrlOf((await poll(second.url, done.id)).json.data);
      expect(pathOf(url)).toBe(pathOf(videoUrlOf(done)));
      const deadline = Date.now() + 30_000;
      let status = 0;
      while (status !== 200 && Date.now() < deadline) {
        status = (await fetch(url)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 150));
      }
      expect(status).toBe(200);
      expect((await poll(second.url, done.id)).json.data.completed).toBe(done.completed);
    } finally {
      await second.close();
    }
  });
});
