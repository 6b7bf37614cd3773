import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findGeneration } from "@/lib/db/generations";
import { type Kit, kitEngines, lifecycleKitOn, submitInput } from "@/test-support/lifecycle-kit";
import { EXPIRED_MESSAGE, keepResult, MAX_COPY_ATTEMPTS } from "./keep-result";
import { pollTask } from "./refresh";
import { submitGeneration } from "./submit";

let kit: Kit;

/** A generation upstream has finished, with its result at `url`. */
async function finished(url = "https://files.test/one.mp4") {
  const { generation } = await submitGeneration(kit, submitInput());
  kit.time.advance(1_000);
  kit.fake.complete("task_1", url, { videoExpiresAt: Math.floor(kit.time.now() / 1000) + 86_400 });
  await pollTask(kit, generation.id);
  return generation.id;
}

const media = (...parts: string[]) => path.join(kit.dir, "media", ...parts);

// The lifecycle on every engine the app runs on: leases, the draft claim and every write mean the same on both.
describe.each(kitEngines)("on %s", (engine) => {
  beforeEach(async () => {
    kit = await lifecycleKitOn(engine, { poll: { initialDelayMs: 1_000, minIntervalMs: 1_000, maxIntervalMs: 8_000 } });
  });
  afterEach(() => kit.close());

  describe("keepResult", () => {
    it("copies the video and its poster under fixed names, leaving no scratch file", async () => {
      const id = await finished();
      kit.files.set("https://files.test/one.mp4", Buffer.from("a whole video"));
      expect(await keepResult(kit, id)).toMatchObject({
        status: "completed",
        videoFile: `${id}.mp4`,
        posterFile: `${id}.jpg`,
        videoBytes: 13,
        leaseToken: null,
      });
      expect(fs.readFileSync(media("videos", `${id}.mp4`), "utf8")).toBe("a whole video");
      expect(fs.existsSync(media("posters", `${id}.jpg`))).toBe(true);
      expect(fs.readdirSync(media(".scratch"))).toEqual([]);
      expect(await keepResult(kit, id)).toBeUndefined(); // done: no second copy
    });

    it("keeps the video when the poster cannot be made", async () => {
      const id = await finished();
      kit.files.set("https://files.test/one.mp4", Buffer.from("video"));
      kit.makePoster = async () => {
        throw new Error("ffmpeg failed");
      };
      expect(await keepResult(kit, id)).toMatchObject({ status: "completed", posterFile: null });
    });

    it("retries a failed copy with backoff, and never leaves a partial file at the final name", async () => {
      const id = await finished();
      const first = await keepResult(kit, id);
      expect(first).toMatchObject({ status: "saving", copyAttempts: 1, nextCopyAt: kit.time.now() + 2_000 });
      expect(fs.existsSync(media("videos", `${id}.mp4`))).toBe(false);
      expect(await keepResult(kit, id)).toBeUndefined(); // not due yet
      kit.time.advance(2_000);
      kit.files.set("https://files.test/one.mp4", Buffer.from("video"));
      expect(await keepResult(kit, id)).toMatchObject({ status: "completed" });
    });

    it("asks upstream for a fresh link when the link answers 404, and keeps the renewed result", async () => {
      const id = await finished();
      kit.files.set("https://files.test/one.mp4", 404);
      kit.fake.setTask("task_1", { videoUrl: "https://files.test/one-r1.mp4" });
      kit.files.set("https://files.test/one-r1.mp4", Buffer.from("renewed"));
      expect(await keepResult(kit, id)).toMatchObject({
        status: "saving",
        upstreamVideoUrl: "https://files.test/one-r1.mp4",
        resultRenewals: 1,
      });
      expect(await keepResult(kit, id)).toMatchObject({ status: "completed", videoBytes: 7 });
    });

    it("ends as `expired` when the link is gone and upstream has no other (410), within one round", async () => {
      const id = await finished();
      kit.files.set("https://files.test/one.mp4", 410);
      expect(await keepResult(kit, id)).toMatchObject({ status: "expired", errorMessage: EXPIRED_MESSAGE });
      expect(kit.fake.polls).toHaveLength(2); // the poll that saw it finish, and the one asking for a fresh link
    });

    it("ends as `expired` when the renewed link is gone too", async () => {
      const id = await finished();
      kit.files.set("https://files.test/one.mp4", 404);
      kit.fake.setTask("task_1", { videoUrl: "https://files.test/one-r1.mp4" });
      kit.files.set("https://files.test/one-r1.mp4", 404);
      await keepResult(kit, id);
      expect(await keepResult(kit, id)).toMatchObject({ status: "expired" });
    });

    it("gives up once the link's own expiry has passed", async () => {
      const id = await finished();
      kit.time.advance(86_400_000 + 1);
      expect(await keepResult(kit, id)).toMatchObject({ status: "expired" });
    });

    it("gives up after the last try on another failure, naming it", async () => {
      const id = await finished();
      for (let attempt = 1; attempt < MAX_COPY_ATTEMPTS; attempt++) {
        const row = await keepResult(kit, id);
        kit.time.time = row?.nextCopyAt ?? kit.time.time;
      }
      const last = await keepResult(kit, id);
      expect(last).toMatchObject({ status: "failed", errorMessage: expect.stringMatching(/could not be copied/) });
      expect((await findGeneration(kit.db, id))?.taskId).toBe("task_1");
    });
  });
});
