import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/generations/list-cursor";
import { lifecycleKit, type SqliteKit } from "@/test-support/lifecycle-kit";
import { insertGeneration, listGenerations, updateGeneration } from "./generations";

let kit: SqliteKit;
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

function seed(id: string, createdAt: number, patch: Partial<Parameters<typeof insertGeneration>[1]> = {}) {
  return insertGeneration(kit.db, {
    id,
    draftId: `draft-${id}`,
    prompt: `prompt ${id}`,
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    requestJson: "{}",
    status: "completed",
    createdAt,
    updatedAt: createdAt,
    ...patch,
  });
}

/** Every page, following the cursor the way the browser does, until a short page. */
async function allPages(limit: number) {
  const seen: string[][] = [];
  let after: ReturnType<typeof decodeCursor>;
  for (let guard = 0; guard < 100; guard++) {
    const rows = await listGenerations(kit.db, { ownerId: null, limit, after });
    seen.push(rows.map((row) => row.id));
    const last = rows.at(-1);
    if (rows.length < limit || !last) return seen;
    after = decodeCursor(encodeCursor(last));
  }
  throw new Error("paging did not end");
}

describe("listGenerations (keyset on createdAt, id)", () => {
  it("pages through generations that share a timestamp without skipping or repeating any", async () => {
    // Seven in the same millisecond straddle page boundaries of 3; paging by createdAt alone lost four of them.
    for (const id of ["a", "b", "c", "d", "e", "f", "g"]) await seed(`same-${id}`, 5_000);
    await seed("newer", 6_000);
    await seed("older", 4_000);

    const pages = await allPages(3);
    const ids = pages.flat();
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
    expect(ids).toEqual(["newer", "same-g", "same-f", "same-e", "same-d", "same-c", "same-b", "same-a", "older"]);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 3, 0]);
  });

  it("leaves out rejected submits and deleted generations", async () => {
    await seed("kept", 1);
    await seed("refused", 2, { status: "rejected" });
    await seed("gone", 3);
    await updateGeneration(kit.db, "gone", { deletedAt: 10, updatedAt: 10 });
    expect((await listGenerations(kit.db, { ownerId: null, limit: 10 })).map((row) => row.id)).toEqual(["kept"]);
  });

  it("refuses cursors it did not write", () => {
    expect(decodeCursor("12.abc-DEF_9")).toEqual({ createdAt: 12, id: "abc-DEF_9" });
    for (const bad of ["", "12", ".x", "x.y", "12.a b", "12.a'--", `1.${"x".repeat(101)}`]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});

describe("listGenerations: search and filters", () => {
  it("finds prompts by their words (as prefixes, all required), and takes by their images' names", async () => {
    await seed("boat", 1, { prompt: "A paper boat on a rainy street" });
    await seed("kite", 2, {
      prompt: "The kite in <<<image_1>>> over a beach",
      imagesJson: JSON.stringify([{ assetId: "a", name: "red-kite.jpg" }]),
    });
    await seed("city", 3, { prompt: "Rainy city at night, neon" });
    const find = async (q: string) =>
      (await listGenerations(kit.db, { ownerId: null, limit: 10, filters: { q } })).map((row) => row.id);

    expect(await find("rainy")).toEqual(["city", "boat"]);
    expect(await find("rain boat")).toEqual(["boat"]);
    expect(await find("red-kite")).toEqual(["kite"]);
    // The chip token is not a word of the prompt.
    expect(await find("image")).toEqual([]);
    // FTS syntax is plain text, never an error.
    expect(await find('"OR* - NEAR(')).toEqual([]);
    expect(await find("   ")).toEqual(["city", "kite", "boat"]);
  });

  it("keeps the index in step when a prompt changes or a row goes", async () => {
    await seed("one", 1, { prompt: "a lighthouse" });
    await kit.db.$client.prepare("UPDATE generations SET prompt = 'a windmill' WHERE id = 'one'").run();
    expect(await listGenerations(kit.db, { ownerId: null, limit: 10, filters: { q: "lighthouse" } })).toEqual([]);
    expect(
      (await listGenerations(kit.db, { ownerId: null, limit: 10, filters: { q: "windmill" } })).map((row) => row.id),
    ).toEqual(["one"]);
    await kit.db.$client.prepare("DELETE FROM generations WHERE id = 'one'").run();
    expect(kit.db.$client.prepare("SELECT count(*) AS n FROM generations_fts").get()).toEqual({ n: 0 });
  });

  it("filters by status, quality, aspect, references, shares and favourites, together with paging", async () => {
    await seed("done-pro", 1, { mode: "pro", aspectRatio: "9:16", favouriteAt: 5 });
    await seed("running", 2, { status: "processing" });
    await seed("failed", 3, { status: "failed" });
    await seed("with-video", 4, { videoJson: JSON.stringify({ url: "https://x.test/v.mp4", referType: "base" }) });
    await seed("shared", 5);
    await seed("unshared", 6);
    kit.db.$client
      .prepare("INSERT INTO shares (slug, generation_id, hide_references, created_at) VALUES (?, ?, 0, 1)")
      .run("live-slug", "shared");
    kit.db.$client
      .prepare(
        "INSERT INTO shares (slug, generation_id, hide_references, created_at, revoked_at) VALUES (?, ?, 0, 1, 2)",
      )
      .run("old-slug", "unshared");
    const ids = async (filters: Parameters<typeof listGenerations>[1]["filters"]) =>
      (await listGenerations(kit.db, { ownerId: null, limit: 10, filters })).map((row) => row.id);

    expect(await ids({ status: "running" })).toEqual(["running"]);
    expect(await ids({ status: "failed" })).toEqual(["failed"]);
    expect(await ids({ status: "done", mode: "pro" })).toEqual(["done-pro"]);
    expect(await ids({ aspect: "9:16" })).toEqual(["done-pro"]);
    expect(await ids({ refs: "1" })).toEqual(["with-video"]);
    expect(await ids({ shared: "1" })).toEqual(["shared"]);
    expect(await ids({ fav: "1" })).toEqual(["done-pro"]);
    const firstPage = await listGenerations(kit.db, { ownerId: null, limit: 2, filters: { status: "done" } });
    const [, last] = firstPage;
    if (!last) throw new Error("short page");
    const next = await listGenerations(kit.db, { ownerId: null, limit: 2, after: last, filters: { status: "done" } });
    expect([...firstPage, ...next].map((row) => row.id)).toEqual(["unshared", "shared", "with-video", "done-pro"]);
  });
});
