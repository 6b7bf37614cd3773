import { describe, expect, it } from "vitest";
import { estimateCost, formatUsd, microToUsd, usdPerSecond, usdToMicro } from "./prices";

// §12 of the contract, "Per clip at the effective price", copied as published.
const PUBLISHED = [
  { mode: "std", withVideo: false, seconds: 5, cost: 0.336 },
  { mode: "std", withVideo: false, seconds: 10, cost: 0.672 },
  { mode: "pro", withVideo: false, seconds: 5, cost: 0.448 },
  { mode: "pro", withVideo: false, seconds: 10, cost: 0.896 },
  { mode: "std", withVideo: true, seconds: 5, cost: 0.504 },
  { mode: "std", withVideo: true, seconds: 10, cost: 1.008 },
  { mode: "pro", withVideo: true, seconds: 5, cost: 0.672 },
  { mode: "pro", withVideo: true, seconds: 10, cost: 1.344 },
] as const;

const CREDITS = [3.36, 6.72, 4.48, 8.96, 5.04, 10.08, 6.72, 13.44];
const LABELS = ["$0.34", "$0.67", "$0.45", "$0.90", "$0.50", "$1.01", "$0.67", "$1.34"];

describe("estimateCost", () => {
  it.each(PUBLISHED.map((row, i) => ({ ...row, credits: CREDITS[i], label: LABELS[i] })))(
    "$mode $seconds s video=$withVideo costs exactly $cost ($credits credits, $label)",
    ({ mode, seconds, withVideo, cost, credits, label }) => {
      const estimate = estimateCost({ mode, seconds, withVideo });
      // toBe, not toBeCloseTo: the figure must equal the published literal bit for bit.
      expect(estimate.cost).toBe(cost);
      expect(estimate.credits).toBe(credits);
      expect(estimate.microUsd).toBe(Math.round(cost * 1_000_000));
      expect(formatUsd(estimate.cost)).toBe(label);
    },
  );

  it("has the published effective rates per second", () => {
    expect(usdPerSecond("std", false)).toBe(0.0672);
    expect(usdPerSecond("pro", false)).toBe(0.0896);
    expect(usdPerSecond("std", true)).toBe(0.1008);
    expect(usdPerSecond("pro", true)).toBe(0.1344);
  });

  it("prices fractional seconds (an edited video follows its input's length) to the micro-dollar", () => {
    expect(estimateCost({ mode: "std", seconds: 7.3, withVideo: true })).toEqual({
      cost: 0.73584,
      credits: 7.3584,
      microUsd: 735_840,
    });
    expect(estimateCost({ mode: "pro", seconds: 0, withVideo: false }).cost).toBe(0);
  });

  it("refuses negative or non-finite seconds", () => {
    expect(() => estimateCost({ mode: "std", seconds: -1, withVideo: false })).toThrow(RangeError);
    expect(() => estimateCost({ mode: "std", seconds: Number.NaN, withVideo: false })).toThrow(RangeError);
  });

  it("sums without drift in micro-dollars", () => {
    const micro = PUBLISHED.reduce((sum, row) => sum + estimateCost(row).microUsd, 0);
    expect(microToUsd(micro)).toBe(5.88);
    expect(microToUsd(usdToMicro(100) - micro)).toBe(94.12);
  });
});

describe("formatUsd", () => {
  it("rounds half up on the exact cents", () => {
    expect(formatUsd(1.005)).toBe("$1.01");
    expect(formatUsd(0.004)).toBe("$0.00");
    expect(formatUsd(12.5)).toBe("$12.50");
    expect(formatUsd(-0.336)).toBe("-$0.34");
    expect(formatUsd(-0.001)).toBe("$0.00");
  });
});
