import { $getRoot, $getSelection, $isRangeSelection, type LexicalNode, type RangeSelection } from "lexical";
import { parseWire } from "@/lib/prompt/parse-wire";
import { $createTextNodes } from "./editor-document";
import { $createImageChipNode } from "./image-chip-node";

/** The selection to insert at: the current range selection, or the end of the text when there is none. */
export function $insertionSelection(): RangeSelection {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection;
  return $getRoot().selectEnd();
}

/**
 * Inserts nodes at the selection and leaves the caret right after the last one. A chip at the very end of a line is
 * followed by an element-level caret, which Lexical handles; no spacer text is added.
 */
export function $insertInlineNodes(nodes: LexicalNode[], selection: RangeSelection = $insertionSelection()): void {
  const last = nodes[nodes.length - 1];
  if (!last) return;
  selection.insertNodes(nodes);
  if (last.isAttached()) last.selectNext(0, 0);
}

export function $insertChips(imageIds: ReadonlyArray<string>, selection?: RangeSelection): void {
  $insertInlineNodes(
    imageIds.map((id) => $createImageChipNode(id)),
    selection,
  );
}

/**
 * Inserts plain text, turning `<<<image_N>>>` tokens into chips for the image now at position N of the tray.
 * Returns the token numbers that name no image; those stay as text.
 */
export function $insertWireText(
  text: string,
  imageIds: ReadonlyArray<string>,
  selection: RangeSelection = $insertionSelection(),
): number[] {
  const { doc, unknownTokens } = parseWire(text, imageIds);
  const nodes = doc.flatMap((segment) =>
    segment.kind === "chip" ? [$createImageChipNode(segment.imageId)] : $createTextNodes(segment.text),
  );
  if (nodes.length === 0) {
    // Pasting only invisible characters still replaces the selected text, as any paste would.
    selection.removeText();
    return unknownTokens;
  }
  $insertInlineNodes(nodes, selection);
  return unknownTokens;
}

/** What to tell the creator about tokens that named no image. */
export function unknownTokensMessage(tokens: ReadonlyArray<number>, imageCount: number): string | null {
  if (tokens.length === 0) return null;
  const listed = tokens.map((n) => `<<<image_${n}>>>`).join(", ");
  const have =
    imageCount === 0
      ? "there are no images in the tray"
      : `the tray has ${imageCount} image${imageCount === 1 ? "" : "s"}`;
  const which = tokens.length === 1 ? `there is no image ${tokens[0]}` : "those images do not exist";
  return `${listed} ${tokens.length === 1 ? "was" : "were"} pasted but ${which} (${have}); kept as text.`;
}
