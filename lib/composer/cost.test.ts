import { describe, expect, it } from "vitest";
import { estimateCost, formatUsd } from "@/lib/apimart/prices";
import { modes } from "@/lib/generations/settings";
import { draftCost } from "./cost";
import { emptyDraft } from "./state";

const draft = (patch: Partial<ReturnType<typeof emptyDraft>> = {}) => ({ ...emptyDraft("draft-1234567"), ...patch });
const video = (referType: "base" | "feature", durationSeconds: number) => ({
  url: "https://v.test/a.mp4",
  referType,
  keepOriginalSound: false,
  check: { durationSeconds, width: 1280, height: 720, description: "" },
});

describe("draftCost", () => {
  it("is ≈ $0.34 for the default std 5 s draft", () => {
    expect(draftCost(draft()).label).toBe("≈ $0.34");
  });

  it("equals the price table for every tier: quality × duration × with or without a video", () => {
    for (const mode of modes) {
      for (const duration of [5, 10] as const) {
        for (const withVideo of [false, true]) {
          const priced = draftCost(
            draft({
              settings: { mode, duration, aspectRatio: "16:9" },
              video: withVideo ? video("feature", 4) : null,
            }),
          );
          const table = estimateCost({ mode, seconds: duration, withVideo });
          expect(priced.usd).toBe(table.cost);
          expect(priced.label).toBe(`≈ ${formatUsd(table.cost)}`);
        }
      }
    }
    // The published per-clip figures (§12), as shown.
    const shown = (mode: "std" | "pro", duration: 5 | 10, withVideo: boolean) =>
      draftCost(
        draft({ settings: { mode, duration, aspectRatio: "16:9" }, video: withVideo ? video("feature", 4) : null }),
      ).label;
    expect([shown("std", 5, false), shown("pro", 10, false), shown("std", 5, true), shown("pro", 10, true)]).toEqual([
      "≈ $0.34",
      "≈ $0.90",
      "≈ $0.50",
      "≈ $1.34",
    ]);
  });

  it("charges an edit for the length of its input, with the video surcharge", () => {
    const edit = draftCost(
      draft({ settings: { mode: "pro", duration: 10, aspectRatio: "16:9" }, video: video("base", 7.3) }),
    );
    expect(edit.seconds).toBe(7.3);
    expect(edit.usd).toBe(estimateCost({ mode: "pro", seconds: 7.3, withVideo: true }).cost);
  });
});
