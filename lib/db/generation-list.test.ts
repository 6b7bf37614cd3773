import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/generations/list-cursor";
import { type Kit, lifecycleKit } from "@/test-support/lifecycle-kit";
import { insertGeneration, listGenerations, updateGeneration } from "./generations";

let kit: Kit;
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
    const rows = await listGenerations(kit.db, { limit, after });
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
    expect((await listGenerations(kit.db, { limit: 10 })).map((row) => row.id)).toEqual(["kept"]);
  });

  it("refuses cursors it did not write", () => {
    expect(decodeCursor("12.abc-DEF_9")).toEqual({ createdAt: 12, id: "abc-DEF_9" });
    for (const bad of ["", "12", ".x", "x.y", "12.a b", "12.a'--", `1.${"x".repeat(101)}`]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});
