import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApimartError } from "@/lib/apimart";
import { findGeneration } from "@/lib/db/generations";
import { claimLease, updateLeased } from "@/lib/db/leases";
import { refusedKey } from "@/test-support/fake-upstream";
import { type Kit, kitEngines, lifecycleKitOn, submitInput } from "@/test-support/lifecycle-kit";
import { LOST_MESSAGE } from "./poll-failure";
import { pollTask } from "./refresh";
import { submitGeneration } from "./submit";
import { GAVE_UP_MESSAGE, GIVE_UP_AFTER_MS } from "./task-patch";
import { readUpstreamPause } from "./upstream-pause";

let kit: Kit;

async function submitted() {
  const { generation } = await submitGeneration(kit, submitInput());
  kit.time.advance(10_000);
  return generation.id;
}

const row = (id: string) => findGeneration(kit.db, id);

// The lifecycle on every engine the app runs on: leases, the draft claim and every write mean the same on both.
describe.each(kitEngines)("on %s", (engine) => {
  beforeEach(async () => {
    kit = await lifecycleKitOn(engine, {
      poll: { initialDelayMs: 10_000, minIntervalMs: 1_000, maxIntervalMs: 8_000 },
    });
  });
  afterEach(() => kit.close());

  describe("pollTask", () => {
    it("applies each answer: progress while running, then saving with the link and the charge", async () => {
      const id = await submitted();
      kit.fake.setTask("task_1", { status: "processing", progress: 40, estimatedTime: 120 });
      expect(await pollTask(kit, id)).toMatchObject({ status: "processing", progress: 40, pollCount: 1 });
      expect((await row(id))?.nextPollAt).toBe(kit.time.now() + 1_000);

      expect(await pollTask(kit, id)).toBeUndefined(); // not due: nothing asked
      expect(kit.fake.polls).toHaveLength(1);

      kit.time.advance(1_000);
      kit.fake.complete("task_1", "https://files.test/r.mp4", {
        completedAt: 1_800_000_000,
        videoExpiresAt: 1_800_086_400,
      });
      expect(await pollTask(kit, id)).toMatchObject({
        status: "saving",
        upstreamVideoUrl: "https://files.test/r.mp4",
        upstreamExpiresAt: 1_800_086_400_000,
        completedAt: 1_800_000_000_000,
        cost: 0.336,
        creditsCost: 3.36,
        nextPollAt: null,
        leaseToken: null,
      });
      kit.time.advance(60_000);
      expect(await pollTask(kit, id)).toBeUndefined(); // terminal for polling: the copy is another job
    });

    it("keeps a failed task's mapped message, and never asks again", async () => {
      const id = await submitted();
      kit.fake.setTask("task_1", {
        status: "failed",
        error: { code: "content_policy", message: "Refused under the content policy." },
      });
      expect(await pollTask(kit, id)).toMatchObject({ status: "failed", errorCode: "content_policy" });
      kit.time.advance(60_000);
      expect(await pollTask(kit, id)).toBeUndefined();
      expect(kit.fake.polls).toHaveLength(1);
    });

    it("backs off exponentially on passing failures and says so on the card", async () => {
      const id = await submitted();
      kit.fake.fail("poll", new ApimartError("rate_limit", "busy", { status: 429 }), { times: 3 });
      const delays: number[] = [];
      for (let i = 0; i < 3; i++) {
        const after = await pollTask(kit, id);
        delays.push((after?.nextPollAt ?? 0) - kit.time.now());
        kit.time.time = after?.nextPollAt ?? kit.time.time;
      }
      expect(delays).toEqual([2_000, 4_000, 8_000]);
      expect(await row(id)).toMatchObject({ pollFailures: 3, pollErrorMessage: "busy", status: "pending" });
      expect(await pollTask(kit, id)).toMatchObject({ pollFailures: 0, pollErrorMessage: null });
    });

    it("turns a minute of 'task not found' into a terminal `lost`, keeping the task id", async () => {
      const id = await submitted();
      kit.fake.tasks.delete("task_1");
      const first = await pollTask(kit, id);
      expect(first).toMatchObject({ status: "pending", notFoundSince: kit.time.now() });
      kit.time.advance(30_000);
      expect(await pollTask(kit, id)).toMatchObject({ status: "pending" });
      kit.time.advance(30_000);
      expect(await pollTask(kit, id)).toMatchObject({
        status: "lost",
        taskId: "task_1",
        errorMessage: LOST_MESSAGE,
        nextPollAt: null,
      });
      const polls = kit.fake.polls.length;
      kit.time.advance(3_600_000);
      expect(await pollTask(kit, id)).toBeUndefined();
      expect(kit.fake.polls).toHaveLength(polls);
    });

    it("forgets a not-found streak when upstream answers again, and Check again can revive a lost task", async () => {
      const id = await submitted();
      const task = kit.fake.tasks.get("task_1");
      kit.fake.tasks.delete("task_1");
      await pollTask(kit, id);
      kit.time.advance(60_000);
      expect(await pollTask(kit, id)).toMatchObject({ status: "lost" });
      if (task) kit.fake.tasks.set("task_1", { ...task, status: "processing", progress: 70 });
      expect(await pollTask(kit, id, { force: true })).toMatchObject({
        status: "processing",
        progress: 70,
        notFoundSince: null,
        errorMessage: null,
      });
    });

    it("pauses all polling on a refused key (401/403) and lifts the pause on the next success", async () => {
      const id = await submitted();
      kit.fake.fail("poll", refusedKey(403));
      const refused = await pollTask(kit, id);
      expect(refused?.nextPollAt).toBe(kit.time.now() + kit.settings.authRecheckMs);
      expect(await readUpstreamPause(kit)).toMatchObject({
        message: expect.stringMatching(/not allowed for this model/),
        since: kit.time.now(),
        nextCheckAt: kit.time.now() + kit.settings.authRecheckMs,
      });
      kit.time.advance(kit.settings.authRecheckMs);
      await pollTask(kit, id, { probe: true });
      expect(await readUpstreamPause(kit)).toBeUndefined();
    });

    it("gives up on a task upstream still calls running after 24 hours", async () => {
      const id = await submitted();
      kit.fake.setTask("task_1", { status: "processing", progress: 99 });
      kit.time.advance(GIVE_UP_AFTER_MS);
      expect(await pollTask(kit, id)).toMatchObject({ status: "lost", errorMessage: GAVE_UP_MESSAGE });
    });

    it("runs one refresh per generation at a time, across workers", async () => {
      const id = await submitted();
      const results = await Promise.all([pollTask(kit, id), pollTask(kit.other(), id), pollTask(kit, id)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(kit.fake.polls).toHaveLength(1);
    });

    it("refuses the write of a worker whose lease was taken over", async () => {
      const id = await submitted();
      const lease = (token: string) => ({ owner: "x", token, until: kit.time.now() + 1_000 });
      expect(await claimLease(kit.db, id, "poll", lease("old"), { now: kit.time.now() })).toBeDefined();
      kit.time.advance(1_001);
      expect(await claimLease(kit.db, id, "poll", lease("new"), { now: kit.time.now() })).toBeDefined();
      const stale = await updateLeased(kit.db, id, "old", { progress: 5, updatedAt: 0 }, { release: true });
      expect(stale).toBeUndefined();
      expect(await row(id)).toMatchObject({ progress: 0, leaseToken: "new" });
    });
  });
});
