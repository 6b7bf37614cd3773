import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import {
  $addUpdateTag,
  $getSelection,
  $isNodeSelection,
  COMMAND_PRIORITY_HIGH,
  HISTORY_PUSH_TAG,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_DOWN_COMMAND,
  mergeRegister,
} from "lexical";
import { useEffect } from "react";
import type { TrayImage } from "@/lib/references/tray-image";
import { $isImageChipNode } from "./image-chip-node";
import { $insertChips } from "./insert-chips";
import { $moveToLineBoundary } from "./line-boundary";
import { isComposingEvent, isSubmitShortcut, lineBoundaryKey, shortcutImageNumber } from "./shortcuts";

type Props = {
  getImages: () => readonly TrayImage[];
  onSubmitShortcut?: () => void;
};

export function KeyboardPlugin({ getImages, onSubmitShortcut }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (isComposingEvent(event)) return false;
            const boundary = lineBoundaryKey(event);
            if (boundary && $moveToLineBoundary(editor, boundary === "start", event.shiftKey)) {
              event.preventDefault();
              return true;
            }
            if (isSubmitShortcut(event) && onSubmitShortcut) {
              event.preventDefault();
              onSubmitShortcut();
              return true;
            }
            const n = shortcutImageNumber(event);
            const image = n === null ? undefined : getImages()[n - 1];
            if (!image) return false;
            event.preventDefault();
            $addUpdateTag(HISTORY_PUSH_TAG);
            $insertChips([image.id]);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // A chip can end up node-selected (e.g. by a click on it); Backspace/Delete then remove it as a unit.
        ...[KEY_BACKSPACE_COMMAND, KEY_DELETE_COMMAND].map((command) =>
          editor.registerCommand(
            command,
            (event) => {
              const selection = $getSelection();
              if (!$isNodeSelection(selection)) return false;
              const chips = selection.getNodes().filter($isImageChipNode);
              if (chips.length === 0) return false;
              event.preventDefault();
              chips[0]?.selectPrevious();
              for (const chip of chips) chip.remove();
              return true;
            },
            COMMAND_PRIORITY_HIGH,
          ),
        ),
      ),
    [editor, getImages, onSubmitShortcut],
  );

  return null;
}
