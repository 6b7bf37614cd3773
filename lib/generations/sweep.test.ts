import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findGeneration } from "@/lib/db/generations";
import { refusedKey, timeout } from "@/test-support/fake-upstream";
import { type Kit, kitEngines, lifecycleKitOn, submitInput } from "@/test-support/lifecycle-kit";
import { submitGeneration } from "./submit";
import { createSweeper } from "./sweep";
import { readUpstreamPause } from "./upstream-pause";

let kit: Kit;

async function submitMany(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await submitGeneration(kit, submitInput())).generation.id);
  return ids;
}

/** A downloader that holds every copy until released, counting how many run at once. */
function heldDownloads() {
  let running = 0;
  let most = 0;
  let released = false;
  const waiting: Array<() => void> = [];
  kit.downloadResult = async (_url, destination) => {
    running += 1;
    most = Math.max(most, running);
    if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
    await fs.promises.writeFile(destination, "video");
    running -= 1;
    return 5;
  };
  return {
    most: () => most,
    releaseAll: () => {
      released = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

// The lifecycle on every engine the app runs on: leases, the draft claim and every write mean the same on both.
describe.each(kitEngines)("on %s", (engine) => {
  beforeEach(async () => {
    kit = await lifecycleKitOn(engine, {
      poll: { initialDelayMs: 1_000, minIntervalMs: 1_000, maxIntervalMs: 1_000 },
      pollConcurrency: 2,
      copyConcurrency: 1,
    });
  });
  afterEach(() => kit.close());

  describe("the sweep", () => {
    it("keeps polling other tasks while a copy is stuck, and bounds each lane", async () => {
      const ids = await submitMany(4);
      const downloads = heldDownloads();
      const sweeper = createSweeper(kit);
      kit.time.advance(1_000);
      kit.fake.complete("task_1");
      kit.fake.complete("task_2");
      await sweeper.tick();
      await sweeper.settle("poll");
      // Polls ran two at a time (pollConcurrency 2); the rest wait for the next tick.
      expect(kit.fake.polls).toHaveLength(2);

      for (let tick = 0; tick < 4; tick++) {
        kit.time.advance(1_000);
        await sweeper.tick();
        await sweeper.settle("poll");
      }
      // Task 1's copy hangs; tasks 3 and 4 were still polled again and again meanwhile.
      expect(kit.fake.polls.filter((id) => id === "task_3").length).toBeGreaterThanOrEqual(2);
      expect(kit.fake.polls.filter((id) => id === "task_4").length).toBeGreaterThanOrEqual(2);
      // One copy at a time (copyConcurrency 1), held: it started and stays alone.
      await vi.waitFor(() => expect(downloads.most()).toBe(1));

      downloads.releaseAll();
      for (let tick = 0; tick < 3; tick++) {
        await sweeper.settle();
        await sweeper.tick();
      }
      await sweeper.settle();
      expect((await findGeneration(kit.db, ids[0] ?? ""))?.status).toBe("completed");
      expect((await findGeneration(kit.db, ids[1] ?? ""))?.status).toBe("completed");
    });

    it("pauses polling on a refused key, checks once per interval, and resumes when the key works", async () => {
      await submitMany(3);
      const sweeper = createSweeper(kit);
      // Two for the first tick's two polls, one for the first check.
      kit.fake.fail("poll", refusedKey(401), { times: 3 });
      kit.time.advance(1_000);
      await sweeper.tick();
      await sweeper.settle();
      expect(await readUpstreamPause(kit)).toBeDefined();
      const afterRefusal = kit.fake.polls.length;

      kit.time.advance(kit.settings.authRecheckMs - 1);
      await sweeper.tick();
      await sweeper.settle();
      expect(kit.fake.polls).toHaveLength(afterRefusal); // paused: nothing asked

      kit.time.advance(1);
      await sweeper.tick();
      await sweeper.settle();
      expect(kit.fake.polls).toHaveLength(afterRefusal + 1); // one check
      expect(await readUpstreamPause(kit)).toBeDefined(); // …refused again

      kit.time.advance(kit.settings.authRecheckMs);
      await sweeper.tick();
      await sweeper.settle();
      expect(await readUpstreamPause(kit)).toBeUndefined();
      kit.time.advance(kit.settings.authRecheckMs);
      await sweeper.tick();
      await sweeper.settle();
      expect(kit.fake.polls.length).toBeGreaterThanOrEqual(afterRefusal + 3);
    });

    it("resumes unanswered submits", async () => {
      kit.fake.fail("submit", timeout(), { after: true });
      const [id] = await submitMany(1);
      const sweeper = createSweeper(kit);
      kit.time.advance(3_000);
      await sweeper.tick();
      await sweeper.settle();
      expect(await findGeneration(kit.db, id ?? "")).toMatchObject({ status: "pending", taskId: "task_1" });
      expect(kit.fake.created).toBe(1);
    });
  });
});
