import { describe, expect, it } from "vitest";
import { checkImageName, libraryName } from "./names";

describe("libraryName", () => {
  it("drops an image extension and nothing else", () => {
    expect(libraryName("red-car.jpg")).toBe("red-car");
    expect(libraryName("Beach.JPEG")).toBe("Beach");
    expect(libraryName("v1.2 final.png")).toBe("v1.2 final");
    expect(libraryName("notes.txt")).toBe("notes.txt");
    expect(libraryName(".png")).toBe(".png");
  });
});

describe("checkImageName", () => {
  it("trims and folds spaces, refuses an empty or too long name", () => {
    expect(checkImageName("  hero \n car ")).toEqual({ ok: true, name: "hero car" });
    expect(checkImageName(" ")).toMatchObject({ ok: false, message: "A name cannot be empty." });
    expect(checkImageName("x".repeat(201))).toMatchObject({ ok: false });
  });
});
