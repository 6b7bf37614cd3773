import { describe, expect, it } from "vitest";
import { readKeptDrafts, withKept, withoutKept } from "./kept-drafts";

describe("kept drafts", () => {
  it("reads newest first and drops what it cannot read", () => {
    const raw = JSON.stringify([
      { name: "a", savedAt: 1, draft: "{}" },
      { name: "b", savedAt: 2, draft: "{}" },
      { name: 3, savedAt: 3, draft: "{}" },
    ]);
    expect(readKeptDrafts(raw).map((kept) => kept.name)).toEqual(["b", "a"]);
    expect(readKeptDrafts("not json")).toEqual([]);
    expect(readKeptDrafts(null)).toEqual([]);
  });

  it("keeping under an existing name replaces it; deleting removes one", () => {
    const list = withKept(withKept([], { name: "Hero", savedAt: 1, draft: "1" }), {
      name: "Other",
      savedAt: 2,
      draft: "2",
    });
    const again = withKept(list, { name: "hero", savedAt: 3, draft: "3" });
    expect(again.map((kept) => [kept.name, kept.draft])).toEqual([
      ["hero", "3"],
      ["Other", "2"],
    ]);
    expect(withoutKept(again, "Other").map((kept) => kept.name)).toEqual(["hero"]);
  });
});
