import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $addUpdateTag, $getRoot, HISTORY_PUSH_TAG, type LexicalEditor, SKIP_DOM_SELECTION_TAG } from "lexical";
import { type Ref, useImperativeHandle } from "react";
import type { PromptDoc } from "@/lib/prompt/types";
import { $chipNodes, $readPromptDoc, $removeChipsFor, $writePromptDoc } from "./editor-document";
import { $insertChips } from "./insert-chips";

export type PromptEditorHandle = {
  /**
   * Inserts a chip at the caret (or at the end when the editor never had one) and leaves the caret after it. The
   * editor takes focus, because placing its caret focuses a contenteditable in Chromium.
   */
  insertChip(imageId: string): void;
  /** Removes every chip of the image; returns how many were removed. One undo step. */
  removeChipsFor(imageId: string): number;
  getDocument(): PromptDoc;
  /** Replaces the content (e.g. remix). One undo step. Complete literal tokens naming a tray image become chips. */
  setDocument(doc: PromptDoc): void;
  focus(): void;
};

function isFocused(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  return root !== null && root.ownerDocument.activeElement === root;
}

export function createPromptEditorHandle(editor: LexicalEditor): PromptEditorHandle {
  // Writing the DOM selection into an unfocused contenteditable focuses it (Chromium); removing an image or
  // loading a remix from elsewhere on the page must not pull focus into the editor.
  const keepFocusTag = () => {
    if (!isFocused(editor)) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  };
  return {
    insertChip(imageId) {
      // No keepFocusTag here on purpose: the caret must really sit after the new chip. With the DOM selection left
      // where it was, the browser's next selectionchange moves Lexical's caret back to the stale spot and a second
      // insert lands in the wrong place. Setting the caret focuses the editor, which is also what a creator who
      // just inserted a chip wants next (keep typing).
      editor.update(
        () => {
          $addUpdateTag(HISTORY_PUSH_TAG);
          $insertChips([imageId]);
        },
        { discrete: true },
      );
    },
    removeChipsFor(imageId) {
      // Counted in a read first: an update queued behind another one would run too late to report.
      const count = editor.read(() => $chipNodes().filter((chip) => chip.getImageId() === imageId).length);
      if (count === 0) return 0;
      editor.update(
        () => {
          keepFocusTag();
          $removeChipsFor(imageId);
        },
        { discrete: true },
      );
      return count;
    },
    getDocument() {
      return editor.read($readPromptDoc);
    },
    setDocument(doc) {
      editor.update(
        () => {
          keepFocusTag();
          $addUpdateTag(HISTORY_PUSH_TAG);
          $writePromptDoc(doc);
          if (isFocused(editor)) $getRoot().selectEnd();
        },
        { discrete: true },
      );
    },
    focus() {
      editor.focus(undefined, { defaultSelection: "rootEnd" });
    },
  };
}

export function HandlePlugin({ handleRef }: { handleRef?: Ref<PromptEditorHandle> }) {
  const [editor] = useLexicalComposerContext();
  useImperativeHandle(handleRef, () => createPromptEditorHandle(editor), [editor]);
  return null;
}
