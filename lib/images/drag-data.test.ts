import { describe, expect, it } from "vitest";
import type { ImageRef } from "@/lib/references/image-ref";
import {
  hasImageDragData,
  hasLibraryDragData,
  LIBRARY_IMAGE_MIME,
  readLibraryDragData,
  setLibraryDragData,
} from "./drag-data";

/** The part of DataTransfer these helpers use (Node has no DataTransfer). */
function fakeDataTransfer(initial: Record<string, string> = {}): DataTransfer {
  const data = new Map(Object.entries(initial));
  return {
    get types() {
      return [...data.keys()];
    },
    effectAllowed: "uninitialized",
    setData: (type: string, value: string) => void data.set(type, value),
    getData: (type: string) => data.get(type) ?? "",
  } as unknown as DataTransfer;
}

const ref: ImageRef = {
  assetId: "img_1",
  name: "red-car",
  width: 800,
  height: 600,
  previewUrl: "/media/images/img_1.png",
  upstreamUrl: "https://upload.example/img_1.png",
};

describe("library drag data", () => {
  it("carries the image ref, allows only a copy and pastes nothing as text elsewhere", () => {
    const data = fakeDataTransfer();
    setLibraryDragData(data, ref);
    expect(hasLibraryDragData(data)).toBe(true);
    expect(hasImageDragData(data)).toBe(false);
    expect(data.effectAllowed).toBe("copy");
    expect(data.getData("text/plain")).toBe("");
    expect(readLibraryDragData(data)).toEqual(ref);
  });

  it("is absent from other drags", () => {
    expect(hasLibraryDragData(null)).toBe(false);
    expect(hasLibraryDragData(fakeDataTransfer({ "text/plain": "hello" }))).toBe(false);
    expect(readLibraryDragData(fakeDataTransfer({ "text/plain": JSON.stringify(ref) }))).toBeUndefined();
    expect(readLibraryDragData(null)).toBeUndefined();
  });

  it("ignores a malformed payload instead of throwing", () => {
    for (const payload of [
      "",
      "{not json",
      "null",
      "[]",
      JSON.stringify({ ...ref, assetId: "" }),
      JSON.stringify({ ...ref, width: -1 }),
      JSON.stringify({ ...ref, upstreamUrl: 5 }),
      JSON.stringify({ name: "red-car" }),
    ]) {
      expect(readLibraryDragData(fakeDataTransfer({ [LIBRARY_IMAGE_MIME]: payload })), payload).toBeUndefined();
    }
  });

  it("drops keys an ImageRef does not have", () => {
    const data = fakeDataTransfer({ [LIBRARY_IMAGE_MIME]: JSON.stringify({ ...ref, extra: "<script>" }) });
    expect(readLibraryDragData(data)).toEqual(ref);
  });
});
