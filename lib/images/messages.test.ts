import { describe, expect, it } from "vitest";
import { formatMegabytes, formatRatio, heicMessage, notSupportedMessage, uploadTooLargeMessage } from "./messages";
import { dimensionProblem, downscaledSize, isOverSizeLimit, splitByCount } from "./rules";

describe("dimension rules", () => {
  it("refuses a side under 300 px with the measured size", () => {
    expect(dimensionProblem("tiny.png", { width: 200, height: 150 })).toBe(
      "tiny.png is 200×150 px; each side must be at least 300 px.",
    );
    expect(dimensionProblem("thin.png", { width: 1200, height: 299 })).toBe(
      "thin.png is 1200×299 px; each side must be at least 300 px.",
    );
  });

  it("accepts the exact limits", () => {
    expect(dimensionProblem("square.png", { width: 300, height: 300 })).toBeUndefined();
    expect(dimensionProblem("wide.png", { width: 750, height: 300 })).toBeUndefined();
    expect(dimensionProblem("tall.png", { width: 300, height: 750 })).toBeUndefined();
  });

  it("refuses a ratio beyond 2.5:1 either way, with the ratio", () => {
    expect(dimensionProblem("banner.jpg", { width: 3000, height: 600 })).toBe(
      "banner.jpg is 3000×600 (5:1); the aspect ratio must be between 1:2.5 and 2.5:1.",
    );
    expect(dimensionProblem("pole.jpg", { width: 400, height: 1040 })).toBe(
      "pole.jpg is 400×1040 (1:2.6); the aspect ratio must be between 1:2.5 and 2.5:1.",
    );
  });

  it("never prints a refused ratio as the limit itself", () => {
    expect(formatRatio(751, 300)).toBe("2.504:1");
    expect(dimensionProblem("edge.jpg", { width: 751, height: 300 })).toContain("(2.504:1)");
    expect(formatRatio(1000, 1000)).toBe("1:1");
  });

  it("refuses absurd pixel counts as a size problem before anything decodes them", () => {
    expect(dimensionProblem("huge.png", { width: 20000, height: 20000 })).toBe(
      "huge.png is 20000×20000 px, too large to process. Shrink it below 100 megapixels and add it again.",
    );
  });
});

describe("size rules", () => {
  it("limits images to 10 MB", () => {
    expect(isOverSizeLimit(10_000_000)).toBe(false);
    expect(isOverSizeLimit(10_000_001)).toBe(true);
  });

  it("downscales to a 4096 px long side, never up", () => {
    expect(downscaledSize({ width: 8000, height: 6000 })).toEqual({ width: 4096, height: 3072 });
    expect(downscaledSize({ width: 3000, height: 6000 })).toEqual({ width: 2048, height: 4096 });
    expect(downscaledSize({ width: 1000, height: 800 })).toEqual({ width: 1000, height: 800 });
  });

  it("names the size of an over-limit upload, never its format", () => {
    expect(uploadTooLargeMessage("raw.heic", 25_165_824)).toBe(
      "raw.heic is 25.2 MB; files larger than 20 MB can't be uploaded. Export a smaller JPEG and add it again.",
    );
    expect(formatMegabytes(12_345_678)).toBe("12.3 MB");
  });
});

describe("count rule", () => {
  it("accepts what fits and names how many were left out", () => {
    expect(splitByCount(5, 4, 7)).toEqual({
      accepted: 2,
      message: "You can add at most 7 images; 2 files were not added.",
    });
    expect(splitByCount(3, 2, 4)).toEqual({
      accepted: 1,
      message: "You can add at most 4 images; 1 file was not added.",
    });
    expect(splitByCount(0, 7, 7)).toEqual({ accepted: 7 });
    expect(splitByCount(9, 1, 7)).toEqual({
      accepted: 0,
      message: "You can add at most 7 images; 1 file was not added.",
    });
  });
});

describe("format messages", () => {
  it("says what a non-image looks like", () => {
    expect(notSupportedMessage("notes.jpg", "pdf")).toBe(
      "notes.jpg is not an image (it looks like a PDF). Use JPEG or PNG.",
    );
    expect(notSupportedMessage("todo.png", "text")).toBe(
      "todo.png is not an image (it looks like a text file). Use JPEG or PNG.",
    );
    expect(notSupportedMessage("clip.jpg", "video")).toBe(
      "clip.jpg is not an image (it looks like a video). Use JPEG or PNG.",
    );
    expect(notSupportedMessage("scan.tif", "tiff")).toBe(
      "scan.tif is a TIFF image, which can't be used. Use JPEG or PNG.",
    );
  });

  it("tells how to get a JPEG out of an iPhone", () => {
    expect(heicMessage("beach.heic")).toBe(
      "beach.heic is a HEIC photo, which can't be converted here. Export it as JPEG (on iPhone: Settings → Camera → Formats → Most Compatible) and add it again.",
    );
  });
});
