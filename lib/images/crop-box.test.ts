import { describe, expect, it } from "vitest";
import { cropAt, cropRatioLabel, cropTravel, initialCrop } from "./crop-box";
import { cropChance } from "./rules";

describe("crop to fit", () => {
  it("offers a crop for a shape refusal only, and says a too-small picture cannot be helped", () => {
    expect(cropChance({ width: 3000, height: 600 })).toBe("crop");
    expect(cropChance({ width: 600, height: 3000 })).toBe("crop");
    expect(cropChance({ width: 1000, height: 250 })).toBe("too-small");
    expect(cropChance({ width: 800, height: 600 })).toBeNull();
  });

  it("keeps the short side and cuts the long one to the limit, centred", () => {
    expect(initialCrop({ width: 3000, height: 600 }, 2.5)).toEqual({ x: 750, y: 0, width: 1500, height: 600 });
    expect(initialCrop({ width: 401, height: 1500 }, 2.5)).toEqual({ x: 0, y: 249, width: 401, height: 1002 });
    expect(cropRatioLabel({ width: 3000, height: 600 }, 2.5)).toBe("2.5:1");
    expect(cropRatioLabel({ width: 600, height: 3000 }, 2.5)).toBe("1:2.5");
  });

  it("slides along the long side only, never out of the picture", () => {
    const size = { width: 3000, height: 600 };
    const box = initialCrop(size, 2.5);
    expect(cropTravel(box, size)).toEqual({ offset: 750, max: 1500, axis: "x" });
    expect(cropAt(box, size, -40)).toMatchObject({ x: 0, y: 0 });
    expect(cropAt(box, size, 99_999)).toMatchObject({ x: 1500, width: 1500 });
  });
});
