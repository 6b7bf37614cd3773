import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import { registerPlainText } from "@lexical/plain-text";
import { createEditor, type LexicalEditor, mergeRegister } from "lexical";
import { PROMPT_EDITOR_NAMESPACE } from "@/components/editor/chip-type";
import { ImageChipNode } from "@/components/editor/image-chip-node";
import { registerTokenToChipTransform } from "@/components/editor/token-transform";

/** A headless prompt editor (no DOM) with the same nodes, plain-text commands, history and token transform. */
export function createTestEditor(imageIds: () => readonly string[] = () => []): {
  editor: LexicalEditor;
  dispose: () => void;
} {
  const editor = createEditor({
    namespace: PROMPT_EDITOR_NAMESPACE,
    nodes: [ImageChipNode],
    onError(error) {
      throw error;
    },
  });
  const dispose = mergeRegister(
    registerPlainText(editor),
    // delay 0: every update is its own history entry, so steps are deterministic in tests.
    registerHistory(editor, createEmptyHistoryState(), 0),
    registerTokenToChipTransform(editor, imageIds),
  );
  return { editor, dispose };
}
