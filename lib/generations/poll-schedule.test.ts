import { describe, expect, it } from "vitest";
import { nextPollDelay } from "./poll-schedule";

const timing = { initialDelayMs: 10_000, minIntervalMs: 3_000, maxIntervalMs: 15_000 };

describe("nextPollDelay", () => {
  it("waits before the first check", () => {
    expect(nextPollDelay({ pollCount: 0, pollFailures: 0 }, timing)).toBe(10_000);
  });

  it("checks at the fastest rate for the first ten checks", () => {
    for (let count = 1; count <= 10; count += 1) {
      expect(nextPollDelay({ pollCount: count, pollFailures: 0 }, timing)).toBe(3_000);
    }
  });

  it("slows down steadily to the slowest rate and stays there", () => {
    const delays = [11, 15, 20, 25, 30, 100].map((count) =>
      nextPollDelay({ pollCount: count, pollFailures: 0 }, timing),
    );
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(delays.at(-1)).toBe(15_000);
    expect(nextPollDelay({ pollCount: 20, pollFailures: 0 }, timing)).toBe(9_000);
  });

  it("backs off exponentially after failed checks, capped at the slowest rate", () => {
    expect(nextPollDelay({ pollCount: 3, pollFailures: 1 }, timing)).toBe(6_000);
    expect(nextPollDelay({ pollCount: 3, pollFailures: 2 }, timing)).toBe(12_000);
    expect(nextPollDelay({ pollCount: 3, pollFailures: 5 }, timing)).toBe(15_000);
  });
});
