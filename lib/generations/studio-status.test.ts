import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { refusedKey } from "@/test-support/fake-upstream";
import { type Kit, lifecycleKit } from "@/test-support/lifecycle-kit";
import { statusSources, studioStatus } from "./studio-status";
import { pauseUpstream } from "./upstream-pause";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

let n = 0;
function charged(cost: number | null, completedAt: number, status: "completed" | "expired" | "failed" = "completed") {
  n += 1;
  return insertGeneration(kit.db, {
    id: `g${n}`,
    draftId: `draft-${n}-xxxxxxxx`,
    prompt: "x",
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    requestJson: "{}",
    status,
    cost,
    creditsCost: cost === null ? null : cost * 10,
    completedAt,
    createdAt: completedAt,
    updatedAt: completedAt,
  });
}

describe("studioStatus", () => {
  it("adds up what upstream charged today and this month (an expired copy was still paid for)", async () => {
    const now = kit.time.now();
    const dayStart = now - 3_600_000;
    const monthStart = now - 10 * 86_400_000;
    await charged(0.336, now - 60_000);
    await charged(0.448, now - 120_000, "expired");
    await charged(null, now - 60_000, "failed");
    await charged(1.344, now - 2 * 86_400_000);
    await charged(0.672, now - 40 * 86_400_000);
    const status = await studioStatus(kit, statusSources(kit), { dayStart, monthStart });
    expect(status.spend.today).toEqual({ usd: 0.784, credits: 7.84, generations: 2 });
    expect(status.spend.month.generations).toBe(3);
    expect(status.spend.month.usd).toBeCloseTo(2.128, 10);
    expect(status).toMatchObject({ simulator: true, balance: null, paused: null, storageBytes: 0 });
  });

  it("shows the key's balance (cached a minute) with a key, and a failure as a message", async () => {
    const withKey = { ...kit, settings: { ...kit.settings, usingSimulator: false } };
    const sources = statusSources(withKey);
    const periods = { dayStart: 0, monthStart: 0 };
    expect((await studioStatus(withKey, sources, periods)).balance).toEqual({ ok: true, balance: kit.fake.balance });
    kit.fake.balance = { unlimited: true };
    expect((await studioStatus(withKey, sources, periods)).balance).toMatchObject({
      ok: true,
      balance: { remainingUsd: 42.5 },
    });
    kit.time.advance(60_000);
    kit.fake.fail("balance", new AppError("upstream", "The video service could not report the balance right now."));
    expect((await studioStatus(withKey, sources, periods)).balance).toEqual({
      ok: false,
      message: "The video service could not report the balance right now.",
    });
    expect((await studioStatus(withKey, sources, periods)).balance).toEqual({ ok: true, balance: { unlimited: true } });
  });

  it("reports the polling pause and storage used", async () => {
    await pauseUpstream(kit, refusedKey());
    await kit.storage.put("videos", "a.mp4", Buffer.alloc(1000));
    await kit.storage.put("images", "b.png", Buffer.alloc(24));
    const status = await studioStatus(kit, statusSources(kit), { dayStart: 0, monthStart: 0 });
    expect(status.paused).toEqual({ message: expect.stringMatching(/not allowed/), since: kit.time.now() });
    expect(status.storageBytes).toBe(1024);
  });
});
