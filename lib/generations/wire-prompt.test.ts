import { describe, expect, it } from "vitest";
import { recipeSchema, toWireRequest } from "./recipe";

describe("the prompt sent upstream", () => {
  it("never carries NUL or other control characters; line breaks and tabs stay", () => {
    const recipe = recipeSchema.parse({
      draftId: "draft-0001",
      prompt: "A fox\u0000 in\u001b[31m snow\nsecond line\twith a tab\u007f",
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
    });
    expect(toWireRequest(recipe).prompt).toBe("A fox in[31m snow\nsecond line\twith a tab");
  });
});
