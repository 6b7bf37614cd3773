import { describe, expect, it } from "vitest";
import type { ImageRef } from "@/lib/references/image-ref";
import {
  libraryCompleteFromBody,
  libraryFromBody,
  mergeFound,
  mergeReady,
  needsServerSearch,
  searchLibrary,
} from "./merge";

const ref = (assetId: string, name: string): ImageRef => ({
  assetId,
  name,
  width: 1,
  height: 1,
  previewUrl: `/media/images/${assetId}.png`,
  upstreamUrl: `https://u.test/${assetId}`,
});

describe("the library in the browser", () => {
  it("puts newly stored images first and answers the same list when nothing is new", () => {
    const base = [ref("a", "A")];
    expect(mergeReady(base, [ref("a", "A")])).toBe(base);
    expect(mergeReady(base, [ref("b", "B"), ref("a", "A")]).map((image) => image.assetId)).toEqual(["b", "a"]);
  });

  it("searches any part of the name, ignoring case", () => {
    expect(searchLibrary([ref("a", "Red car"), ref("b", "sky")], "CAR").map((image) => image.assetId)).toEqual(["a"]);
  });

  it("reads a list answer and nothing else", () => {
    expect(libraryFromBody({ images: [ref("a", "A"), { assetId: 1 }] })).toEqual([ref("a", "A")]);
    expect(libraryFromBody({ error: { message: "x" } })).toBeUndefined();
  });

  it("adds a server search's finds after what it holds, once", () => {
    const base = [ref("a", "A")];
    expect(mergeFound(base, [ref("a", "A")])).toBe(base);
    expect(mergeFound(base, [ref("b", "B"), ref("a", "A")]).map((image) => image.assetId)).toEqual(["a", "b"]);
  });

  it("asks the server only when the browser lacks images and no earlier answer covers the words", () => {
    expect(needsServerSearch("car", true, [])).toBe(false);
    expect(needsServerSearch("  ", false, [])).toBe(false);
    expect(needsServerSearch("Car", false, [])).toBe(true);
    expect(needsServerSearch("red car", false, ["car"])).toBe(false);
    expect(needsServerSearch("ca", false, ["car"])).toBe(true);
  });

  it("reads whether a list answer held everything", () => {
    expect(libraryCompleteFromBody({ images: [], complete: false })).toBe(false);
    expect(libraryCompleteFromBody({ images: [], complete: true })).toBe(true);
    expect(libraryCompleteFromBody({ images: [] })).toBe(true);
  });
});
