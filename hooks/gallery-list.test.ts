import { describe, expect, it } from "vitest";
import type { GenerationView } from "@/lib/generations/view";
import { withAdded, withChanged, withFresh } from "./gallery-list";
import type { GenerationList } from "./generation-queries";

const view = (id: string, patch: Partial<GenerationView> = {}) =>
  ({ id, status: "pending", stalled: false, ...patch }) as GenerationView;
const list = (...pages: GenerationView[][]): GenerationList => ({
  pages: pages.map((generations, index) => ({
    generations,
    nextCursor: index < pages.length - 1 ? `c${index + 1}` : null,
  })),
  pageParams: pages.map((_, index) => (index === 0 ? null : `c${index}`)),
});
const ids = (data: GenerationList | undefined) => data?.pages.map((page) => page.generations.map((item) => item.id));

describe("the gallery list edits", () => {
  it("adds a new generation first, once, even when an older copy sits on a later page", () => {
    expect(ids(withAdded(undefined, view("a")))).toEqual([["a"]]);
    expect(ids(withAdded(list([view("b")], [view("a")]), view("a")))).toEqual([["a", "b"], []]);
  });

  it("changes or drops one generation and keeps everything else as it was", () => {
    const data = list([view("a"), view("b")], [view("c")]);
    const dropped = withChanged(data, (item) => (item.id === "b" ? null : item));
    expect(ids(dropped)).toEqual([["a"], ["c"]]);
    expect(dropped?.pages[1]).toBe(data.pages[1]);
    expect(withChanged(data, (item) => item)).toBe(data);
  });

  it("folds in fresh copies only where status or stalled moved on", () => {
    const data = list([view("a"), view("b")]);
    expect(withFresh(data, [view("a")])).toBe(data);
    const done = withFresh(data, [view("b", { status: "completed" })]);
    expect(done?.pages[0]?.generations[1]?.status).toBe("completed");
    expect(done?.pages[0]?.generations[0]).toBe(data.pages[0]?.generations[0]);
  });
});
