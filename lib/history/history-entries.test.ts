import { describe, expect, it } from "vitest";
import { historyEntries, historyUrl } from "./history-entries";

const view = (id: string, prompt: string, assetIds: string[], createdAt = 1) => ({
  id,
  prompt,
  mode: "std",
  createdAt,
  images: assetIds.map((assetId) => ({ assetId, name: assetId })),
});

describe("prompt history", () => {
  it("asks the gallery list for the owner's prompts, searched when words are typed", () => {
    expect(historyUrl("")).toBe("/api/generations?limit=30");
    expect(historyUrl("  red car ")).toBe("/api/generations?limit=30&q=red+car");
  });

  it("lists each prompt with its images once, newest first, and refuses what is not a list", () => {
    const body = {
      generations: [
        view("g3", "a <<<image_1>>>", ["x"]),
        view("g2", "a <<<image_1>>>", ["x"]),
        view("g1", "a <<<image_1>>>", ["y"]),
        { id: 4 },
      ],
    };
    expect(historyEntries(body)?.map((entry) => entry.id)).toEqual(["g3", "g1"]);
    expect(historyEntries({ error: {} })).toBeUndefined();
    expect(historyEntries(null)).toBeUndefined();
  });
});
