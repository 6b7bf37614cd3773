import { $getSelection, $isRangeSelection, type LexicalEditor, TextNode } from "lexical";
import { LIBERAL_TOKEN } from "@/lib/prompt/token";
import { $createImageChipNode } from "./image-chip-node";

/**
 * A literal `<<<image_N>>>` in the text IS a token on the wire, bound to whatever image sits at position N. To keep
 * every mention bound to an identity, the editor turns a complete token (typed, dropped or set programmatically)
 * whose N names a tray image into a chip for that image as soon as it appears. Tokens naming no image stay text
 * (the analyzer reports them as dangling). Text being composed by an IME is left alone until composition ends.
 */
export function registerTokenToChipTransform(editor: LexicalEditor, getImageIds: () => readonly string[]): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (!node.isSimpleText() || node.isComposing()) return;
    const text = node.getTextContent();
    if (!text.includes("<<<")) return;
    const ids = getImageIds();
    for (const match of text.matchAll(LIBERAL_TOKEN)) {
      const position = Number(match[1]);
      const imageId = position >= 1 ? ids[position - 1] : undefined;
      if (imageId === undefined) continue;

      const start = match.index;
      const end = start + match[0].length;
      const parts = node.splitText(start, end);
      const tokenNode = start === 0 ? parts[0] : parts[1];
      if (!tokenNode) return;
      const selection = $getSelection();
      const caretWasInToken =
        $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === tokenNode.getKey();
      const chip = $createImageChipNode(imageId);
      tokenNode.replace(chip);
      if (caretWasInToken) chip.selectNext(0, 0);
      // The rest of the text is a new, dirty node: the transform runs again on it for any further tokens.
      return;
    }
  });
}
