import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { normalizeDoc } from "./normalize";
import type { PromptDoc } from "./types";
import { toWire, wireLength } from "./wire";

const images = [{ id: "a", url: "https://x.test/a.jpg" }, { id: "b", url: "https://x.test/b.jpg" }, { id: "c" }];

describe("toWire", () => {
  it("numbers chips by the current image order", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "b" },
      { kind: "text", text: " walks into " },
      { kind: "chip", imageId: "a" },
    ];
    expect(toWire(doc, images).prompt).toBe("<<<image_2>>> walks into <<<image_1>>>");
    expect(toWire(doc, images.slice(0, 2).toReversed()).prompt).toBe("<<<image_1>>> walks into <<<image_2>>>");
  });

  it("sends image_urls in image order, keeping positions for images without a URL yet", () => {
    const wire = toWire([], images);
    expect(wire.imageUrls).toEqual(["https://x.test/a.jpg", "https://x.test/b.jpg", ""]);
    expect(wire.pendingImageIds).toEqual(["c"]);
  });

  it("drops chips of images that are gone and reports each image once", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "gone" },
      { kind: "text", text: "x" },
      { kind: "chip", imageId: "gone" },
      { kind: "chip", imageId: "a" },
    ];
    const wire = toWire(doc, images);
    expect(wire.prompt).toBe("x<<<image_1>>>");
    expect(wire.danglingImageIds).toEqual(["gone"]);
  });

  it("sends other text exactly, including newlines, quotes and token-like text", () => {
    const text = "Line 1\nLine 2\r\n\t'quoted' \"double\" <<<image_9>>> ü 👩‍🚀";
    expect(toWire([{ kind: "text", text }], images).prompt).toBe(text);
  });

  it("removes zero-width and invisible characters but keeps emoji joiners", () => {
    const doc: PromptDoc = [{ kind: "text", text: "a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00A0g 👩\u200D🚀" }];
    expect(toWire(doc, images).prompt).toBe("abcdef g 👩\u200D🚀");
  });

  it("counts each chip as its token's length", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "b" },
      { kind: "text", text: "hi" },
    ];
    expect(wireLength(doc, images)).toBe("<<<image_2>>>".length + 2);
    expect(wireLength(doc, images)).toBe(15);
    // A dangling chip is not sent, so it does not count.
    expect(wireLength([{ kind: "chip", imageId: "gone" }], images)).toBe(0);
  });
});

describe("cleanText", () => {
  it("keeps a joiner between a skin-toned pictograph and the next one", () => {
    expect(cleanText("👩🏽\u200D🚀")).toBe("👩🏽\u200D🚀");
  });
  it("drops a joiner at either end", () => {
    expect(cleanText("\u200D🚀")).toBe("🚀");
    expect(cleanText("🚀\u200D")).toBe("🚀");
  });
  it("leaves clean text untouched (same string)", () => {
    expect(cleanText("plain")).toBe("plain");
  });
});

describe("normalizeDoc", () => {
  it("merges adjacent text, drops empty and invisible-only text", () => {
    expect(
      normalizeDoc([
        { kind: "text", text: "a" },
        { kind: "text", text: "" },
        { kind: "text", text: "b" },
        { kind: "chip", imageId: "x" },
        { kind: "text", text: "\u200B" },
        { kind: "chip", imageId: "x" },
      ]),
    ).toEqual([
      { kind: "text", text: "ab" },
      { kind: "chip", imageId: "x" },
      { kind: "chip", imageId: "x" },
    ]);
  });
});
