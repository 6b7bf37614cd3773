import { describe, expect, it } from "vitest";
import { dropIndex, moveItem } from "./reorder";

describe("moveItem", () => {
  it("moves an item to its new index and clamps out-of-range targets", () => {
    expect(moveItem(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveItem(["a", "b", "c", "d"], 3, 0)).toEqual(["d", "a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 1, 99)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 1, -5)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });
});

describe("dropIndex", () => {
  const dropped = (from: number, target: number, side: "before" | "after") =>
    moveItem(["a", "b", "c", "d"], from, dropIndex(from, target, side)).join("");

  it("puts the dragged item right before or after the one it is dropped on", () => {
    expect(dropped(0, 2, "before")).toBe("bacd");
    expect(dropped(0, 2, "after")).toBe("bcad");
    expect(dropped(3, 1, "before")).toBe("adbc");
    expect(dropped(3, 1, "after")).toBe("abdc");
    expect(dropped(1, 2, "before")).toBe("abcd");
    expect(dropped(2, 1, "after")).toBe("abcd");
  });
});
