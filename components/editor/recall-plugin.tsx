import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getRoot, $isElementNode, COMMAND_PRIORITY_LOW, KEY_ARROW_UP_COMMAND } from "lexical";
import { useEffect } from "react";

/** Nothing at all in the prompt: no text, no chip, one empty line. */
function $isEmptyPrompt(): boolean {
  const root = $getRoot();
  if (root.getChildrenSize() > 1) return false;
  const first = root.getFirstChild();
  return !first || ($isElementNode(first) && first.getChildrenSize() === 0);
}

/** ↑ in an empty prompt brings back the last sent one (shell-style); anywhere else ↑ moves the caret as usual. */
export function RecallPlugin({ onRecall }: { onRecall: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ARROW_UP_COMMAND,
        (event) => {
          if (event?.shiftKey || event?.altKey || event?.ctrlKey || event?.metaKey || !$isEmptyPrompt()) return false;
          event?.preventDefault();
          onRecall();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, onRecall],
  );
  return null;
}
