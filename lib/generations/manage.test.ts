import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findGeneration } from "@/lib/db/generations";
import { type Kit, lifecycleKit, submitInput } from "@/test-support/lifecycle-kit";
import { keepResult } from "./keep-result";
import { purgeDeleted, restoreGeneration, retryGeneration, softDeleteGeneration, UNDO_WINDOW_MS } from "./manage";
import { pollTask } from "./refresh";
import { resultAsReference } from "./result-as-reference";
import { submitGeneration } from "./submit";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit({ poll: { initialDelayMs: 1_000, minIntervalMs: 1_000, maxIntervalMs: 1_000 } });
});
afterEach(() => kit.close());

async function completed(): Promise<string> {
  const { generation } = await submitGeneration(kit, submitInput());
  kit.time.advance(1_000);
  const taskId = `task_${kit.fake.created}`;
  kit.fake.complete(taskId, `https://files.test/${taskId}.mp4`, {
    videoExpiresAt: Math.floor(kit.time.now() / 1000) + 86_400,
  });
  kit.files.set(`https://files.test/${taskId}.mp4`, Buffer.from("video"));
  await pollTask(kit, generation.id);
  await keepResult(kit, generation.id);
  return generation.id;
}

describe("delete, undo, purge", () => {
  it("hides at once, can be undone within the window, and is purged with its files after it", async () => {
    const id = await completed();
    await softDeleteGeneration(kit, id);
    await expect(softDeleteGeneration(kit, id)).rejects.toMatchObject({ code: "not_found" });
    await restoreGeneration(kit, id);
    await expect(restoreGeneration(kit, id)).rejects.toMatchObject({ code: "not_found" });

    await softDeleteGeneration(kit, id);
    expect(await purgeDeleted(kit)).toBe(0); // still inside the undo window
    kit.time.advance(UNDO_WINDOW_MS + 1);
    expect(await purgeDeleted(kit)).toBe(1);
    expect(await findGeneration(kit.db, id)).toBeUndefined();
    expect(fs.existsSync(path.join(kit.dir, "media", "videos", `${id}.mp4`))).toBe(false);
    await expect(restoreGeneration(kit, id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps a deleted generation that upstream is still working on (it was paid for)", async () => {
    const { generation } = await submitGeneration(kit, submitInput());
    await softDeleteGeneration(kit, generation.id);
    kit.time.advance(UNDO_WINDOW_MS + 1);
    expect(await purgeDeleted(kit)).toBe(0);
  });
});

describe("retryGeneration", () => {
  it("sends the same recipe again, once per source generation", async () => {
    const id = await completed();
    const first = await retryGeneration(kit, id);
    expect(first.duplicate).toBe(false);
    expect(kit.fake.submits[1]?.body).toEqual(kit.fake.submits[0]?.body);
    expect((await retryGeneration(kit, id)).duplicate).toBe(true);
    expect((await findGeneration(kit.db, first.generation.id))?.retryOf).toBe(id);
    await expect(retryGeneration(kit, "nope")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("resultAsReference", () => {
  it("offers the live upstream link, then the app's own copy", async () => {
    const id = await completed();
    expect(await resultAsReference(kit, id)).toMatch(/^https:\/\/files\.test\//);
    kit.time.advance(86_400_000);
    expect(await resultAsReference(kit, id)).toBe(`http://app.test/media/videos/${id}.mp4`);
    await expect(resultAsReference(kit, "nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a localhost copy APIMart could not fetch (real key, no public address)", async () => {
    const id = await completed();
    kit.time.advance(86_400_000);
    const local = {
      ...kit,
      settings: { ...kit.settings, usingSimulator: false, publicBaseUrl: "http://localhost:3000" },
    };
    await expect(resultAsReference(local, id)).rejects.toMatchObject({ message: /PUBLIC_BASE_URL/ });
  });
});
