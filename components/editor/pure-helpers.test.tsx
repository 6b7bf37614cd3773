import { describe, expect, it } from "vitest";
import type { TrayImage } from "@/lib/references/tray-image";
import { filterImages } from "./mention-menu-plugin";
import { docFromSerializedNodes } from "./serialized-doc";
import { isSubmitShortcut, lineBoundaryKey, shortcutImageNumber } from "./shortcuts";

type KeyInit = Partial<Pick<KeyboardEvent, "key" | "code" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">>;
const key = (init: KeyInit) =>
  ({ key: "", code: "", altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init }) as KeyboardEvent;

describe("shortcuts", () => {
  it("Alt+1..7 by physical key, also when Option turns the key into a symbol", () => {
    expect(shortcutImageNumber(key({ altKey: true, code: "Digit1", key: "¡" }))).toBe(1);
    expect(shortcutImageNumber(key({ altKey: true, code: "Numpad7", key: "7" }))).toBe(7);
    expect(shortcutImageNumber(key({ altKey: true, code: "Digit8" }))).toBeNull();
    expect(shortcutImageNumber(key({ altKey: true, ctrlKey: true, code: "Digit2" }))).toBeNull(); // AltGr
    expect(shortcutImageNumber(key({ code: "Digit2" }))).toBeNull();
  });
  it("Ctrl/Cmd+Enter submits", () => {
    expect(isSubmitShortcut(key({ key: "Enter", ctrlKey: true }))).toBe(true);
    expect(isSubmitShortcut(key({ key: "Enter", metaKey: true }))).toBe(true);
    expect(isSubmitShortcut(key({ key: "Enter" }))).toBe(false);
  });
  it("Home/End and Cmd+Left/Right are line boundaries; Ctrl+Home is not", () => {
    expect(lineBoundaryKey(key({ key: "Home" }))).toBe("start");
    expect(lineBoundaryKey(key({ key: "End", shiftKey: true }))).toBe("end");
    expect(lineBoundaryKey(key({ key: "ArrowLeft", metaKey: true }))).toBe("start");
    expect(lineBoundaryKey(key({ key: "Home", ctrlKey: true }))).toBeNull();
    expect(lineBoundaryKey(key({ key: "ArrowLeft" }))).toBeNull();
  });
});

describe("filterImages", () => {
  const tray = ["beach.jpg", "dog.png", "Red car.JPG"].map(
    (name, i): TrayImage => ({ id: `i${i}`, name, status: "ready", progress: 100 }),
  );
  it("matches by number, 'image N' or a part of the name, ignoring case", () => {
    expect(filterImages(tray, "").map((o) => o.position)).toEqual([1, 2, 3]);
    expect(filterImages(tray, "2").map((o) => o.image.name)).toEqual(["dog.png"]);
    expect(filterImages(tray, "image_3").map((o) => o.image.name)).toEqual(["Red car.JPG"]);
    expect(filterImages(tray, "CAR").map((o) => o.position)).toEqual([3]);
    expect(filterImages(tray, "zzz")).toEqual([]);
  });
});

describe("docFromSerializedNodes", () => {
  it("joins blocks with newlines and keeps chips by id", () => {
    expect(
      docFromSerializedNodes([
        {
          type: "paragraph",
          children: [{ type: "text", text: "a" }, { type: "linebreak" }, { type: "tab", text: "\t" }],
        },
        { type: "paragraph", children: [{ type: "o1-image-chip", imageId: "x" }] },
      ]),
    ).toEqual([
      { kind: "text", text: "a\n\t\n" },
      { kind: "chip", imageId: "x" },
    ]);
  });
  it("ignores malformed input", () => {
    expect(docFromSerializedNodes("nope")).toEqual([]);
    expect(docFromSerializedNodes([null, { type: "o1-image-chip" }, { type: "text", text: 3 }])).toEqual([]);
  });
});
