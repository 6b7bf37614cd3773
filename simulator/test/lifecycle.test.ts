import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authHeaders, poll, startTestSimulator, submitOk, type TaskData, type TestSimulator } from "./helpers";

let sim: TestSimulator;
const taskSeconds = 4;
beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds });
});
afterAll(async () => {
  await sim.close();
});

describe("GET /v1/tasks/{id} lifecycle", () => {
  it("goes pending → processing (rising progress) → completed with APIMart's exact shapes", async () => {
    const id = await submitOk(sim.url, { model: "kling-video-o1", prompt: "lifecycle" });
    const seen: TaskData[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { status, json } = await poll(sim.url, id);
      expect(status).toBe(200);
      expect(json.code).toBe(200);
      seen.push(json.data);
      if (json.data.status === "completed" || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const statuses = seen.map((d) => d.status);
    const first = seen[0];
    expect(first).toEqual({
      id,
      status: "pending",
      progress: 0,
      created: expect.any(Number),
      estimated_time: taskSeconds,
    });
    expect(Object.keys(first ?? {})).toEqual(["id", "status", "progress", "created", "estimated_time"]);

    // Statuses only move forward.
    const order = ["pending", "processing", "completed"];
    const ranks = statuses.map((s) => order.indexOf(s));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const processing = seen.filter((d) => d.status === "processing");
    for (const data of processing) {
      expect(Object.keys(data).sort()).toEqual(["created", "estimated_time", "id", "progress", "status"]);
      expect(Number.isInteger(data.progress)).toBe(true);
      expect(data.progress).toBeGreaterThan(0);
      expect(data.progress).toBeLessThan(100);
      expect(data.estimated_time).toBe(taskSeconds);
    }
    const progress = processing.map((d) => d.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBeGreaterThanOrEqual(3);

    const done = seen.at(-1);
    expect(done?.status).toBe("completed");
    if (done === undefined) return;
    expect(Object.keys(done)).toEqual([
      "id",
      "status",
      "progress",
      "cost",
      "credits_cost",
      "result",
      "created",
      "completed",
      "estimated_time",
      "actual_time",
    ]);
    expect(done.progress).toBe(100);
    expect(done.cost).toBe(0.336); // defaults: std, 5 s (§12)
    expect(done.credits_cost).toBe(3.36);
    expect(done.created).toBe(first?.created);
    expect(done.completed).toBeGreaterThanOrEqual(done.created + taskSeconds - 1);
    expect(done.actual_time).toBe((done.completed ?? 0) - done.created);
    expect(done.result).toEqual({
      videos: [
        {
          url: [
            expect.stringMatching(
              /^http:\/\/127\.0\.0\.1:\d+\/f\/video\/\d+-[0-9a-f]{8}-[0-9a-f-]{36}-video_task_\w{26}\.mp4$/,
            ),
          ],
          expires_at: (done.completed ?? 0) + 86_400,
        },
      ],
    });
    const url = done.result?.videos[0]?.url;
    expect(url).toHaveLength(1);

    const video = await fetch(Array.isArray(url) ? (url[0] ?? "") : "");
    expect(video.status).toBe(200);
    expect(video.headers.get("content-type")).toBe("video/mp4");
    expect((await video.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it("answers 404 for an unknown task id", async () => {
    const response = await fetch(`${sim.url}/v1/tasks/task_01K9S419324DREZFBWNSVXYR6H?language=en`, {
      headers: authHeaders(),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 404, message: "task not found", type: "not_found_error" } });
  });

  it("answers unknown /v1 paths with 404", async () => {
    const response = await fetch(`${sim.url}/v1/videos/omni-video`, {
      method: "POST",
      headers: authHeaders(),
      body: "{}",
    });
    expect(response.status).toBe(404);
  });
});
