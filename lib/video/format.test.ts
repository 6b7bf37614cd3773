import { describe, expect, it } from "vitest";
import { formatFps, formatLimitMegabytes, formatMegabytes, formatOutside, formatTimeout } from "./format";

describe("format", () => {
  it("prints measured sizes with one decimal, two for tiny files", () => {
    expect(formatMegabytes(250_000_000)).toBe("250.0 MB");
    expect(formatMegabytes(240_721)).toBe("0.2 MB");
    expect(formatMegabytes(12_345)).toBe("0.01 MB");
  });

  it("prints limits as short as possible without rounding them away", () => {
    expect(formatLimitMegabytes(200_000_000)).toBe("200 MB");
    expect(formatLimitMegabytes(1_500_000)).toBe("1.5 MB");
    expect(formatLimitMegabytes(100_000)).toBe("0.1 MB");
    expect(formatLimitMegabytes(10_000)).toBe("0.01 MB");
  });

  it("prints whole frame rates without decimals", () => {
    expect(formatFps(30)).toBe("30");
    expect(formatFps(30000 / 1001)).toBe("29.97");
    expect(formatFps(59.999)).toBe("60");
  });

  it("keeps adding decimals until an out-of-range value visibly is out of range", () => {
    expect(formatOutside(2.4, 3, 10, 1)).toBe("2.4");
    expect(formatOutside(2.96, 3, 10, 1)).toBe("2.96");
    expect(formatOutside(2.9996, 3, 10, 1)).toBe("2.9996");
  });

  it("prints timeouts in seconds", () => {
    expect(formatTimeout(30_000)).toBe("30 s");
    expect(formatTimeout(300)).toBe("0.3 s");
  });
});
