import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GenerationRequest } from "@/lib/apimart";
import { ApimartError } from "@/lib/apimart";
import { findGeneration } from "@/lib/db/generations";
import { deleteOtherTakes, restoreTakes } from "@/lib/db/take-groups";
import type { Upstream } from "@/lib/generations/deps";
import { submitGeneration } from "@/lib/generations/submit";
import { admitSubmit } from "@/lib/limits/guard";
import { type Kit, lifecycleKit, submitInput } from "@/test-support/lifecycle-kit";
import { submitTakes } from "./submit-takes";

let kit: Kit;
/** What the limits price: the action hands them the recipe with `video: null` when there is none. */
const priced = () => ({ ...submitInput(), video: null });
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

describe("submitTakes", () => {
  it("sends the identical body N times, each its own row and key, all in one take group", async () => {
    const { generations, stopped } = await submitTakes(kit, submitInput(), { ownerId: "alice", takes: 3 });
    expect(stopped).toBeNull();
    expect(generations).toHaveLength(3);
    expect(new Set(generations.map((g) => g.id)).size).toBe(3);
    expect(new Set(generations.map((g) => g.takeGroup)).size).toBe(1);
    expect(generations[0]?.takeGroup).toEqual(expect.any(String));
    const bodies = kit.fake.submits.map((submit) => JSON.stringify(submit.body));
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(kit.fake.submits.map((submit) => submit.key)).size).toBe(3);
  });

  it("sends nothing more when the same draft's takes are asked for again (a double press)", async () => {
    const input = submitInput();
    const first = await submitTakes(kit, input, { ownerId: "alice", takes: 2 });
    const again = await submitTakes(kit, input, { ownerId: "alice", takes: 2 });
    expect(kit.fake.submits).toHaveLength(2);
    expect(again.generations.map((g) => g.id)).toEqual(first.generations.map((g) => g.id));
  });

  it("stops at an upstream refusal after the first take and says why; a refused first take is the whole answer", async () => {
    let calls = 0;
    const refusing: Upstream = Object.assign(Object.create(kit.fake), {
      submitGeneration: (body: GenerationRequest, opts?: { idempotencyKey?: string }) => {
        calls += 1;
        if (calls === 2) throw new ApimartError("balance", "Not enough balance.", { status: 402 });
        return kit.fake.submitGeneration(body, opts);
      },
    });
    const deps = { ...kit, upstream: refusing };
    const partial = await submitTakes(deps, submitInput(), { ownerId: "alice", takes: 3 });
    expect(partial.generations).toHaveLength(1);
    expect(partial.stopped).toMatchObject({ code: "balance" });
    expect(calls).toBe(2);

    calls = 1; // the next call is the refused one
    await expect(submitTakes(deps, submitInput(), { ownerId: "alice", takes: 2 })).rejects.toMatchObject({
      code: "balance",
    });
  });
});

describe("deleteOtherTakes", () => {
  it("deletes the group's other takes of this owner only, and Undo brings them back", async () => {
    const { generations } = await submitTakes(kit, submitInput(), { ownerId: "alice", takes: 3 });
    const [keeper, ...others] = generations;
    if (!keeper) throw new Error("no takes");
    const group = keeper.takeGroup ?? "";
    const now = kit.time.now();

    expect(await deleteOtherTakes(kit.db, { takeGroup: group, keepId: keeper.id, now, ownerId: "mallory" })).toEqual(
      [],
    );
    const deleted = await deleteOtherTakes(kit.db, { takeGroup: group, keepId: keeper.id, now, ownerId: "alice" });
    expect(deleted.sort()).toEqual(others.map((g) => g.id).sort());
    expect((await findGeneration(kit.db, keeper.id))?.deletedAt).toBeNull();
    expect((await findGeneration(kit.db, deleted[0] ?? ""))?.deletedAt).toBe(now);

    expect(await restoreTakes(kit.db, { ids: deleted, now, ownerId: "mallory" })).toEqual([]);
    expect((await restoreTakes(kit.db, { ids: deleted, now, ownerId: "alice" })).sort()).toEqual(deleted.sort());
    expect((await findGeneration(kit.db, deleted[0] ?? ""))?.deletedAt).toBeNull();
  });
});

describe("admitSubmit for takes", () => {
  it("refuses N takes that would pass the running limit, before anything is counted or sent", async () => {
    await submitGeneration(kit, submitInput(), { ownerId: "alice" });
    // Defaults: 3 running at once. One runs: ×2 fits, ×3 does not.
    await expect(admitSubmit(kit, "alice", priced(), 3)).rejects.toMatchObject({
      code: "limit",
      message: expect.stringContaining("3 takes would make 4 videos running at once"),
    });
    await expect(admitSubmit(kit, "alice", priced(), 2)).resolves.toBeUndefined();
  });

  it("counts all N submits in the minute and takes a refused batch back out", async () => {
    // Defaults: 6 submits a minute.
    await admitSubmit(kit, "bob", priced(), 2);
    await admitSubmit(kit, "bob", priced(), 2);
    await expect(admitSubmit(kit, "bob", priced(), 3)).rejects.toMatchObject({
      code: "limit",
      message: expect.stringContaining("3 takes need 3 (2 left this minute). Nothing was sent."),
    });
    await expect(admitSubmit(kit, "bob", priced(), 2)).resolves.toBeUndefined();
    await expect(admitSubmit(kit, "bob", priced(), 1)).rejects.toMatchObject({ code: "limit" });
  });

  it("prices the monthly cap for the whole N", async () => {
    const { saveLimits, readLimits } = await import("@/lib/limits/enforce");
    await saveLimits(kit.db, { ...(await readLimits(kit.db)), monthlySpendUsd: 1 }, kit.time.now());
    // std 5 s ≈ $0.34 a take: ×2 fits under $1, ×3 ($1.01) does not.
    await expect(admitSubmit(kit, "carol", priced(), 3)).rejects.toMatchObject({
      message: expect.stringContaining("these 3 takes (≈ $1.01)"),
    });
    await expect(admitSubmit(kit, "carol", priced(), 2)).resolves.toBeUndefined();
  });
});
