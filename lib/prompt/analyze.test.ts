import { describe, expect, it } from "vitest";
import { analyzePrompt } from "./analyze";
import type { PromptDoc } from "./types";

const images = [{ id: "a" }, { id: "b" }];

describe("analyzePrompt", () => {
  it("is quiet for a prompt that mentions every image", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "a" },
      { kind: "text", text: " hugs " },
      { kind: "chip", imageId: "b" },
    ];
    expect(analyzePrompt(doc, images)).toEqual([]);
  });

  it("shows the prompt APIMart will run when no image is mentioned", () => {
    expect(analyzePrompt([{ kind: "text", text: "smile" }], images)).toEqual([
      { kind: "unmentioned", imageIds: ["a", "b"], effectivePrompt: "<<<image_1>>>smile" },
    ]);
  });

  it("lists unmentioned images without an effective prompt when some image is mentioned", () => {
    expect(
      analyzePrompt(
        [
          { kind: "chip", imageId: "b" },
          { kind: "text", text: " x" },
        ],
        images,
      ),
    ).toEqual([{ kind: "unmentioned", imageIds: ["a"] }]);
  });

  it("counts chips of removed images and literal tokens past the last image as dangling", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "gone" },
      { kind: "chip", imageId: "gone" },
      { kind: "text", text: " <<<image_3>>> " },
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
    ];
    expect(analyzePrompt(doc, images)).toEqual([{ kind: "dangling", count: 3 }]);
  });

  it("treats a literal in-range token as a mention, as APIMart does", () => {
    expect(analyzePrompt([{ kind: "text", text: "<<<image_1>>> and <<<image_2>>>" }], images)).toEqual([]);
  });

  it("flags a wire prompt over 2500 characters, counting chips as tokens", () => {
    const doc: PromptDoc = [
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
      { kind: "text", text: "x".repeat(2500 - 26) },
    ];
    expect(analyzePrompt(doc, images)).toEqual([]);
    expect(analyzePrompt([...doc, { kind: "text", text: "y" }], images)).toEqual([
      { kind: "over_limit", length: 2501, limit: 2500 },
    ]);
  });

  it("flags an empty prompt, including whitespace and invisible characters only", () => {
    expect(analyzePrompt([], [])).toEqual([{ kind: "empty" }]);
    expect(analyzePrompt([{ kind: "text", text: " \n\u200B" }], [])).toEqual([{ kind: "empty" }]);
  });

  it("reports a doc of only removed-image chips as dangling and empty", () => {
    expect(analyzePrompt([{ kind: "chip", imageId: "gone" }], [])).toEqual([
      { kind: "dangling", count: 1 },
      { kind: "empty" },
    ]);
  });
});
