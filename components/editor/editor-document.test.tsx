// @vitest-environment jsdom
import { $generateJSONFromSelectedNodes } from "@lexical/clipboard";
import fc from "fast-check";
import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  REDO_COMMAND,
  UNDO_COMMAND,
} from "lexical";
import { afterEach, describe, expect, it } from "vitest";
import { normalizeDoc } from "@/lib/prompt/normalize";
import type { PromptDoc } from "@/lib/prompt/types";
import { docArb, imageIdsArb } from "@/test-support/test-arbitraries";
import { createTestEditor } from "@/test-support/test-editor";
import { $chipNodes, $readPromptDoc, $writePromptDoc } from "./editor-document";
import { createPromptEditorHandle } from "./handle-plugin";
import { $createImageChipNode, $isImageChipNode } from "./image-chip-node";
import { $insertChips, $insertWireText, unknownTokensMessage } from "./insert-chips";
import { docFromSerializedNodes } from "./serialized-doc";

function $paragraph(): ElementNode {
  const paragraph = $getRoot().getFirstChild();
  if (!$isElementNode(paragraph)) throw new Error("expected a paragraph");
  return paragraph;
}

const disposers: Array<() => void> = [];
function setup(ids: readonly string[] = ["a", "b", "c"]) {
  const { editor, dispose } = createTestEditor(() => ids);
  disposers.push(dispose);
  return { editor, handle: createPromptEditorHandle(editor) };
}
afterEach(() => {
  while (disposers.length) disposers.pop()?.();
});

const sample: PromptDoc = [
  { kind: "chip", imageId: "b" },
  { kind: "text", text: " walks\ninto\t" },
  { kind: "chip", imageId: "a" },
  { kind: "chip", imageId: "a" },
  { kind: "text", text: " at dusk" },
];

describe("editor document", () => {
  it("setDocument then getDocument returns the same doc", () => {
    const { handle } = setup();
    handle.setDocument(sample);
    expect(handle.getDocument()).toEqual(sample);
  });

  it("round-trips any doc without token-like text (CR line ends become LF)", () => {
    const { editor } = setup([]);
    fc.assert(
      fc.property(
        imageIdsArb(1).chain((ids) => docArb(ids)),
        (doc) => {
          const expected = normalizeDoc(
            normalizeDoc(doc).map((s) => (s.kind === "text" ? { ...s, text: s.text.replace(/\r\n?/g, "\n") } : s)),
          );
          editor.update(() => $writePromptDoc(doc), { discrete: true });
          expect(editor.read($readPromptDoc)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("stores only the image id in a chip, and exports it in the node JSON", () => {
    const { editor, handle } = setup();
    handle.setDocument([{ kind: "chip", imageId: "b" }]);
    const json = editor.getEditorState().toJSON();
    const paragraph = json.root.children[0] as unknown as { children: Array<Record<string, unknown>> };
    expect(paragraph.children).toEqual([expect.objectContaining({ type: "o1-image-chip", imageId: "b" })]);
    expect(JSON.stringify(json)).not.toMatch(/"(position|number|index)"/);
  });

  it("keeps chips through an editor-state JSON round trip (what history and saved state use)", () => {
    const { editor, handle } = setup();
    handle.setDocument(sample);
    const restored = editor.parseEditorState(JSON.stringify(editor.getEditorState().toJSON()));
    editor.setEditorState(restored);
    expect(handle.getDocument()).toEqual(sample);
    expect(editor.read(() => $chipNodes().every($isImageChipNode))).toBe(true);
  });

  it("copies chips as chips: selected-node JSON converts back to the same doc", () => {
    const { editor, handle } = setup();
    handle.setDocument(sample);
    const copied = editor.read(() => {
      const selection = $createRangeSelection();
      const paragraph = $paragraph();
      selection.anchor.set(paragraph.getKey(), 0, "element");
      selection.focus.set(paragraph.getKey(), paragraph.getChildrenSize(), "element");
      return $generateJSONFromSelectedNodes(editor, selection).nodes;
    });
    expect(docFromSerializedNodes(copied)).toEqual(sample);
  });

  it("a partial selection copies only the selected chips and text", () => {
    const { editor, handle } = setup();
    handle.setDocument([
      { kind: "text", text: "abc " },
      { kind: "chip", imageId: "c" },
      { kind: "text", text: " def" },
    ]);
    const copied = editor.read(() => {
      const [first, , last] = $paragraph().getChildren();
      if (!first || !last) throw new Error("expected text, chip, text");
      const selection = $createRangeSelection();
      selection.anchor.set(first.getKey(), 2, "text");
      selection.focus.set(last.getKey(), 2, "text");
      return $generateJSONFromSelectedNodes(editor, selection).nodes;
    });
    expect(docFromSerializedNodes(copied)).toEqual([
      { kind: "text", text: "c " },
      { kind: "chip", imageId: "c" },
      { kind: "text", text: " d" },
    ]);
  });
});

describe("handle", () => {
  it("insertChip inserts at the caret; removeChipsFor removes every chip of the image and counts them", () => {
    const { editor, handle } = setup();
    handle.setDocument([{ kind: "text", text: "hello world" }]);
    editor.update(
      () => {
        const text = $paragraph().getFirstChildOrThrow();
        const selection = $createRangeSelection();
        selection.anchor.set(text.getKey(), 5, "text");
        selection.focus.set(text.getKey(), 5, "text");
        $setSelection(selection);
      },
      { discrete: true },
    );
    handle.insertChip("a");
    handle.insertChip("b");
    handle.insertChip("a");
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "hello" },
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
      { kind: "chip", imageId: "a" },
      { kind: "text", text: " world" },
    ]);
    expect(handle.removeChipsFor("a")).toBe(2);
    expect(handle.removeChipsFor("a")).toBe(0);
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "hello" },
      { kind: "chip", imageId: "b" },
      { kind: "text", text: " world" },
    ]);
  });

  it("insertChip with no selection appends at the end", () => {
    const { handle } = setup();
    handle.setDocument([{ kind: "text", text: "end:" }]);
    handle.insertChip("c");
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "end:" },
      { kind: "chip", imageId: "c" },
    ]);
  });

  it("undo and redo restore chips as chips, one step per action", () => {
    const { editor, handle } = setup();
    handle.setDocument([{ kind: "text", text: "x" }]);
    handle.insertChip("a");
    handle.insertChip("b");
    expect(handle.removeChipsFor("a")).toBe(1);
    const undo = () => editor.update(() => void editor.dispatchCommand(UNDO_COMMAND, undefined), { discrete: true });
    const redo = () => editor.update(() => void editor.dispatchCommand(REDO_COMMAND, undefined), { discrete: true });
    undo();
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "x" },
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
    ]);
    expect(editor.read(() => $chipNodes().length)).toBe(2);
    undo();
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "x" },
      { kind: "chip", imageId: "a" },
    ]);
    redo();
    redo();
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "x" },
      { kind: "chip", imageId: "b" },
    ]);
  });
});

describe("paste text and typed tokens", () => {
  it("turns valid tokens into chips by current tray order and reports the others", () => {
    const { editor, handle } = setup(["a", "b"]);
    let unknown: number[] = [];
    editor.update(
      () => {
        $getRoot().selectEnd();
        unknown = $insertWireText("<<<image_2>>> meets <<< IMAGE_1 >>> and <<<image_5>>>\r\nbye", ["a", "b"]);
      },
      { discrete: true },
    );
    expect(unknown).toEqual([5]);
    expect(handle.getDocument()).toEqual([
      { kind: "chip", imageId: "b" },
      { kind: "text", text: " meets " },
      { kind: "chip", imageId: "a" },
      { kind: "text", text: " and <<<image_5>>>\nbye" },
    ]);
    expect(unknownTokensMessage(unknown, 2)).toBe(
      "<<<image_5>>> was pasted but there is no image 5 (the tray has 2 images); kept as text.",
    );
    expect(unknownTokensMessage([], 2)).toBeNull();
  });

  it("pasting replaces the selected text", () => {
    const { editor, handle } = setup(["a"]);
    handle.setDocument([{ kind: "text", text: "replace me" }]);
    editor.update(
      () => {
        const text = $paragraph().getFirstChildOrThrow();
        const selection = $createRangeSelection();
        selection.anchor.set(text.getKey(), 0, "text");
        selection.focus.set(text.getKey(), 7, "text");
        $setSelection(selection);
        const current = $getSelection();
        if ($isRangeSelection(current)) $insertWireText("<<<image_1>>>", ["a"], current);
      },
      { discrete: true },
    );
    expect(handle.getDocument()).toEqual([
      { kind: "chip", imageId: "a" },
      { kind: "text", text: " me" },
    ]);
  });

  it("a complete literal token typed into text becomes a chip; out-of-range ones stay text", () => {
    const { editor, handle } = setup(["a", "b"]);
    handle.setDocument([{ kind: "text", text: "see " }]);
    for (const char of "<<<image_2>>> and <<<image_9>>>") {
      editor.update(
        () => {
          const selection = $getSelection() ?? $getRoot().selectEnd();
          if ($isRangeSelection(selection)) selection.insertText(char);
        },
        { discrete: true },
      );
    }
    expect(handle.getDocument()).toEqual([
      { kind: "text", text: "see " },
      { kind: "chip", imageId: "b" },
      { kind: "text", text: " and <<<image_9>>>" },
    ]);
  });

  it("$insertChips leaves the caret after the chips so typing continues after them", () => {
    const { editor, handle } = setup();
    editor.update(
      () => {
        $getRoot().selectEnd();
        $insertChips(["a", "b"]);
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText("!");
      },
      { discrete: true },
    );
    expect(handle.getDocument()).toEqual([
      { kind: "chip", imageId: "a" },
      { kind: "chip", imageId: "b" },
      { kind: "text", text: "!" },
    ]);
  });

  it("a chip's text content is empty, so plain-text reads never see invisible markers", () => {
    const { editor } = setup();
    editor.update(
      () =>
        $getRoot()
          .selectEnd()
          .insertNodes([$createImageChipNode("a")]),
      { discrete: true },
    );
    expect(editor.read(() => $getRoot().getTextContent())).toBe("");
  });
});
