import { describe, expect, it } from "vitest";
import { STUDIO_TITLE, tabTitle } from "./tab-title";

const take = (status: "processing" | "completed" | "failed", progress: number, stalled = false) => ({
  status,
  progress,
  stalled,
});

describe("tabTitle", () => {
  it("is the plain title when nothing runs", () => {
    expect(tabTitle([])).toBe(STUDIO_TITLE);
    expect(tabTitle([take("completed", 100), take("failed", 30), take("processing", 10, true)])).toBe(STUDIO_TITLE);
  });

  it("shows one take's progress, or the count and the least advanced", () => {
    expect(tabTitle([take("processing", 42), take("completed", 100)])).toBe("42% · O1 Studio");
    expect(tabTitle([take("processing", 42), take("processing", 7)])).toBe("2 running · 7% · O1 Studio");
  });
});
