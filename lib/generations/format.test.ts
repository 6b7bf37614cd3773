import { describe, expect, it } from "vitest";
import { formatBytes, formatSeconds } from "./format";

describe("format", () => {
  it("writes sizes and durations for people", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(12_345_678)).toBe("12.3 MB");
    expect(formatBytes(345_000_000_000)).toBe("345 GB");
    expect(formatSeconds(75)).toBe("1m 15s");
    expect(formatSeconds(-3)).toBe("0s");
  });
});
