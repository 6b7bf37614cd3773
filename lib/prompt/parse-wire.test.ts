import { describe, expect, it } from "vitest";
import { parseWire } from "./parse-wire";

const ids = ["a", "b", "c"];

describe("parseWire", () => {
  it("turns in-range tokens into chips for the image at that position", () => {
    expect(parseWire("The <<<image_2>>> meets <<<image_1>>>.", ids)).toEqual({
      doc: [
        { kind: "text", text: "The " },
        { kind: "chip", imageId: "b" },
        { kind: "text", text: " meets " },
        { kind: "chip", imageId: "a" },
        { kind: "text", text: "." },
      ],
      unknownTokens: [],
    });
  });

  it("is liberal: spaces inside the brackets and any case", () => {
    expect(parseWire("<<< image_3 >>><<<IMAGE_1>>><<<Image_2\t>>>", ids).doc).toEqual([
      { kind: "chip", imageId: "c" },
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
    ]);
  });

  it("keeps out-of-range tokens as text and reports each number once", () => {
    expect(parseWire("<<<image_5>>> and <<<image_0>>> and <<<image_5>>>", ids)).toEqual({
      doc: [{ kind: "text", text: "<<<image_5>>> and <<<image_0>>> and <<<image_5>>>" }],
      unknownTokens: [5, 0],
    });
  });

  it("reports every token as unknown when there are no images", () => {
    expect(parseWire("<<<image_1>>>", []).unknownTokens).toEqual([1]);
  });

  it("leaves near misses alone", () => {
    const text = "<<image_2>> <<<image_>>> <<<img_2>>> <<<image_x>>> <<<image_2>>";
    expect(parseWire(text, ids)).toEqual({ doc: [{ kind: "text", text }], unknownTokens: [] });
  });

  it("keeps newlines and adjacent chips", () => {
    expect(parseWire("a\n<<<image_1>>><<<image_1>>>\nb", ids).doc).toEqual([
      { kind: "text", text: "a\n" },
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "a" },
      { kind: "text", text: "\nb" },
    ]);
  });

  it("returns an empty doc for an empty prompt", () => {
    expect(parseWire("", ids)).toEqual({ doc: [], unknownTokens: [] });
  });
});
