import { describe, expect, it } from "vitest";
import type { GenerationView } from "@/lib/generations/view";
import { groupTakes } from "./group-takes";

const view = (id: string, createdAt: number, takeGroup: string | null = null) =>
  ({ id, createdAt, takeGroup }) as GenerationView;

describe("groupTakes", () => {
  it("shows each take group as one item where it first appears, its takes oldest first", () => {
    const feed = [view("solo-new", 50), view("b3", 42, "b"), view("b2", 41, "b"), view("b1", 40, "b"), view("old", 1)];
    const { items, takes } = groupTakes(feed);
    expect(items.map((item) => item.id)).toEqual(["solo-new", "b3", "old"]);
    expect(takes.get("b")?.map((take) => take.id)).toEqual(["b1", "b2", "b3"]);
  });

  it("keeps takes sent in the same millisecond in the order they were sent", () => {
    const { takes } = groupTakes([view("t3", 7, "g"), view("t2", 7, "g"), view("t1", 7, "g")]);
    expect(takes.get("g")?.map((take) => take.id)).toEqual(["t1", "t2", "t3"]);
  });

  it("leaves a feed without takes as it is", () => {
    const feed = [view("a", 2), view("b", 1)];
    expect(groupTakes(feed).items).toEqual(feed);
    expect(groupTakes(feed).takes.size).toBe(0);
  });
});
