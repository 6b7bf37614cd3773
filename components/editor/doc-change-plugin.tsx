import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { useEffect, useRef } from "react";
import type { PromptDoc } from "@/lib/prompt/types";
import { $readPromptDoc } from "./editor-document";

/**
 * Calls `onChange` with the PromptDoc after every content change. Selection-only updates (caret moves, focus) have
 * no dirty nodes and are skipped, and so is an update that leaves the doc as it was (e.g. Lexical normalising
 * text nodes).
 */
export function DocChangePlugin({ onChange }: { onChange: (doc: PromptDoc) => void }) {
  const [editor] = useLexicalComposerContext();
  const last = useRef<string | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    last.current = JSON.stringify(editor.getEditorState().read($readPromptDoc));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const doc = editorState.read($readPromptDoc);
      const serialized = JSON.stringify(doc);
      if (serialized === last.current) return;
      last.current = serialized;
      onChangeRef.current(doc);
    });
  }, [editor]);

  return null;
}
