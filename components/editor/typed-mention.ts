import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from "lexical";

/** "@" at the start or after whitespace/"(", then up to 40 non-space characters, ending at the caret. */
export const MENTION = /(^|\s|\()@([^\s@]{0,40})$/;

/**
 * The "@query" just typed, as a node of its own, ready to be replaced by a chip.
 *
 * Lexical's typeahead splits off what it last matched, but it stores that match in a React transition: a quick
 * Enter after the last key can meet the match of an earlier key, and its split then leaves part of the query
 * ("@red-ca" + chip) or takes a character before the "@". So the split is joined back to the text before it and
 * the query is found again in what the editor holds now.
 */
export function $takeTypedMention(split: TextNode | null): TextNode | null {
  let node: TextNode;
  let end: number;
  if (split) {
    node = split;
    end = split.getTextContentSize();
    const before = split.getPreviousSibling();
    if ($isTextNode(before) && before.isSimpleText() && split.isSimpleText()) {
      end += before.getTextContentSize();
      node = before.mergeWithSibling(split);
    }
  } else {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== "text") return null;
    node = selection.anchor.getNode() as TextNode;
    end = selection.anchor.offset;
  }
  if (!node.isSimpleText()) return null;
  const match = MENTION.exec(node.getTextContent().slice(0, end));
  if (!match) return null;
  const start = match.index + (match[1] ?? "").length;
  const parts = node.splitText(start, end);
  return (start === 0 ? parts[0] : parts[1]) ?? null;
}
