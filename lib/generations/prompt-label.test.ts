import { describe, expect, it } from "vitest";
import { promptLabel } from "./prompt-label";

describe("promptLabel", () => {
  it("names the images a prompt's tokens mean", () => {
    expect(
      promptLabel("The car in <<<image_1>>> passes <<<image_2>>>", [{ name: "car.jpg" }, { name: "tree.png" }], 80),
    ).toBe("The car in image 1: car.jpg passes image 2: tree.png");
    expect(promptLabel("The car in <<<image_1>>>", null, 80)).toBe("The car in image 1");
  });

  it("cuts a long prompt at a word boundary, never mid-word", () => {
    const label = promptLabel("A slow dolly shot through a neon-lit alley in the rain at night", null, 30);
    expect(label).toBe("A slow dolly shot through a…");
    expect(label.length).toBeLessThanOrEqual(30);
    expect(promptLabel("x".repeat(50), null, 20)).toBe(`${"x".repeat(19)}…`);
    expect(promptLabel("short", null, 30)).toBe("short");
  });
});
