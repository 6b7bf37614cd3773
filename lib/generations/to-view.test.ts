import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertGeneration, listGenerations, updateGeneration } from "@/lib/db/generations";
import { insertImageOnce } from "@/lib/db/images";
import { insertShare } from "@/lib/db/shares";
import { lifecycleKit, type SqliteKit } from "@/test-support/lifecycle-kit";
import { toViews } from "./to-view";

let kit: SqliteKit;
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

function row(n: number, patch: Partial<Parameters<typeof insertGeneration>[1]> = {}) {
  return insertGeneration(kit.db, {
    id: `gen-${n}`,
    draftId: `draft-${n}-xxxxxxxx`,
    prompt: `<<<image_1>>> number ${n}`,
    mode: "pro",
    duration: 10,
    aspectRatio: "9:16",
    // The old row shape: images named by id only, completed from the images table.
    imagesJson: JSON.stringify([{ id: `img-${n % 3}`, url: `https://upload.test/${n}.jpg`, name: "cat.jpg" }]),
    requestJson: "{}",
    status: "completed",
    videoFile: `gen-${n}.mp4`,
    createdAt: n,
    updatedAt: n,
    ...patch,
  });
}

describe("toViews", () => {
  it("reads any number of rows with a fixed number of queries", async () => {
    for (let n = 0; n < 3; n++) {
      await insertImageOnce(kit.db, {
        id: `img-${n}`,
        sha256: `${n}`.repeat(64),
        file: `img-${n}.jpg`,
        name: "first.jpg",
        contentType: "image/jpeg",
        bytes: 1,
        width: 640 + n,
        height: 480,
        createdAt: 0,
      });
    }
    for (let n = 0; n < 24; n++) await row(n);
    for (const n of [3, 7])
      await insertShare(kit.db, {
        slug: `slug-${n}-aaaaaaaaaaaaaaaaaaaa`,
        generationId: `gen-${n}`,
        hideReferences: n === 7,
        createdAt: 1,
      });
    const rows = await listGenerations(kit.db, { ownerId: null, limit: 100 });

    const prepare = kit.db.$client.prepare.bind(kit.db.$client);
    let queries = 0;
    kit.db.$client.prepare = ((source: string) => {
      queries += 1;
      return prepare(source);
    }) as typeof prepare;
    const views = await toViews(kit, rows);
    kit.db.$client.prepare = prepare;

    expect(queries).toBe(2);
    expect(views).toHaveLength(24);
    const seven = views.find((view) => view.id === "gen-7");
    expect(seven?.share).toEqual({
      slug: "slug-7-aaaaaaaaaaaaaaaaaaaa",
      url: "http://app.test/s/slug-7-aaaaaaaaaaaaaaaaaaaa",
      hideReferences: true,
    });
    expect(seven?.images[0]).toMatchObject({ assetId: "img-1", width: 641, previewUrl: "/media/images/img-1.jpg" });
    expect(views.find((view) => view.id === "gen-0")?.share).toBeNull();
    expect(seven).toMatchObject({ estimatedCost: 0.896, videoUrl: "/media/videos/gen-7.mp4", progress: 100 });
  });

  it("shows each state as the card needs it", async () => {
    const at = kit.time.now();
    await row(1, { status: "submitting", submitAttempts: 1, pollErrorMessage: "did not answer", videoFile: null });
    await row(2, { status: "rejected", errorCode: "balance", errorMessage: "Out of balance.", videoFile: null });
    await row(3, {
      status: "lost",
      taskId: "task_3",
      errorCode: "not_found",
      errorMessage: "Lost upstream",
      videoFile: null,
    });
    await row(4, { status: "processing", submittedAt: at - 3 * 3_600_000, estimatedTime: 600, videoFile: null });
    await row(5, { status: "failed", videoFile: null });
    await updateGeneration(kit.db, "gen-1", { updatedAt: at });
    const views = await toViews(kit, await listGenerations(kit.db, { ownerId: null, limit: 10 }));
    const byId = new Map(views.map((view) => [view.id, view]));
    expect(byId.get("gen-1")).toMatchObject({ status: "checking", pollWarning: "did not answer", error: null });
    expect(byId.has("gen-2")).toBe(false); // refused submits are not listed
    expect(byId.get("gen-3")).toMatchObject({ status: "lost", taskId: "task_3", error: { code: "not_found" } });
    expect(byId.get("gen-4")).toMatchObject({ status: "processing", stalled: true });
    expect(byId.get("gen-5")?.error).toEqual({ code: "upstream", message: "Failed." });
  });
});
