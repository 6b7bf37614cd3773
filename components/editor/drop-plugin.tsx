import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  HISTORY_PUSH_TAG,
  mergeRegister,
  type RangeSelection,
} from "lexical";
import { useEffect } from "react";
import { hasLibraryDragData, readLibraryDragData } from "@/lib/images/drag-data";
import type { ImageRef } from "@/lib/references/image-ref";
import { IMAGE_ID_MIME } from "./chip-type";
import { domCaretAtPoint } from "./drop-point";
import { $isImageChipNode, CHIP_HOST_ATTRIBUTE } from "./image-chip-node";
import { $insertChips } from "./insert-chips";

type Props = {
  onFilesDropped?: (files: File[]) => string[];
  /** A library image dropped here joins the tray; its tray id, or undefined when it was not added (tray full). */
  onLibraryImageDropped?: (image: ImageRef) => string | undefined;
};

function carriesImages(data: DataTransfer): boolean {
  const types = Array.from(data.types);
  return types.includes(IMAGE_ID_MIME) || types.includes("Files") || hasLibraryDragData(data);
}

/** The tray ids a drop names: thumbnails' ids, a library image added to the tray, or dropped files added. */
function droppedIds(data: DataTransfer, { onFilesDropped, onLibraryImageDropped }: Props): string[] {
  const dragged = data
    .getData(IMAGE_ID_MIME)
    .split(/\s+/)
    .filter((id) => id !== "");
  if (dragged.length > 0) return dragged;
  if (hasLibraryDragData(data)) {
    // A malformed payload, or a tray already full (the tray says why), inserts nothing.
    const image = readLibraryDragData(data);
    const id = image && onLibraryImageDropped ? onLibraryImageDropped(image) : undefined;
    return id ? [id] : [];
  }
  const files = Array.from(data.files);
  return files.length > 0 && onFilesDropped ? onFilesDropped(files) : [];
}

/** A range selection at the drop point; on a chip, before or after it depending on which half was hit. */
function $selectionAtPoint(event: DragEvent, root: HTMLElement): RangeSelection {
  const target = event.target instanceof Element ? event.target.closest(`[${CHIP_HOST_ATTRIBUTE}]`) : null;
  if (target && root.contains(target)) {
    const chip = $getNearestNodeFromDOMNode(target);
    if ($isImageChipNode(chip)) {
      const rect = target.getBoundingClientRect();
      return event.clientX < rect.left + rect.width / 2 ? chip.selectPrevious() : chip.selectNext(0, 0);
    }
  }
  const point = domCaretAtPoint(event.clientX, event.clientY, root);
  if (point) {
    const selection = $createRangeSelection();
    const range = root.ownerDocument.createRange();
    range.setStart(point.node, point.offset);
    range.collapse(true);
    selection.applyDOMRange(range);
    $setSelection(selection);
    return selection;
  }
  return $getRoot().selectEnd();
}

/**
 * Drops of tray thumbnails (`application/x-o1-image-id`), of library images and of image files insert chips where
 * they land. The browser's default would insert the thumbnail's URL or file name as text, so those drops are
 * always cancelled. Other drops (selected text moved inside the editor) are left to Lexical.
 */
export function DropPlugin({ onFilesDropped, onLibraryImageDropped }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer || !carriesImages(event.dataTransfer)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const data = event.dataTransfer;
            const root = editor.getRootElement();
            if (!data || !root || !carriesImages(data)) return false;
            event.preventDefault();
            // A file drop handled here must not also reach a drop zone around the editor, which would add the
            // same files to the tray a second time.
            event.stopPropagation();
            const ids = droppedIds(data, { onFilesDropped, onLibraryImageDropped });
            if (ids.length === 0) return true;
            $addUpdateTag(HISTORY_PUSH_TAG);
            $insertChips(ids, $selectionAtPoint(event, root));
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, onFilesDropped, onLibraryImageDropped],
  );

  return null;
}
