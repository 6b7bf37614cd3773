import {
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  getDOMTextNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
} from "lexical";
import { $isImageChipNode } from "./image-chip-node";

/**
 * Home/End (and Shift+Home/End) that know about chips. Chromium's native line-boundary move stops at a
 * contenteditable=false element at the edge of a line: Home lands after a leading chip, End before a trailing one,
 * and on a line of only chips the caret lands between them. This walks the caret positions of the current line and
 * keeps going while they are on the same visual line (measured in the DOM), so soft-wrapped lines still work like
 * native Home/End.
 */
type Stop = { key: string; offset: number; type: "text" | "element"; measure: () => number | null };

/** Vertical centres closer than this are on the same visual line (the editor's line height is 28px). */
const SAME_LINE_PX = 8;

function centerOf(rect: DOMRect | undefined): number | null {
  return rect && (rect.height > 0 || rect.width > 0) ? rect.top + rect.height / 2 : null;
}

function $lineStops(editor: LexicalEditor, anchorNode: LexicalNode): { stops: Stop[]; parentKey: string } | null {
  const block = $isElementNode(anchorNode) && !anchorNode.isInline() ? anchorNode : anchorNode.getParent();
  if (!block || !$isElementNode(block) || block.isInline()) return null;
  const children = block.getChildren();
  const stops: Stop[] = [];
  const blockKey = block.getKey();
  children.forEach((child, index) => {
    if ($isLineBreakNode(child)) {
      // A line break ends one logical line; the element points on either side are stops of their own lines.
      stops.push({ key: blockKey, offset: index, type: "element", measure: () => null });
      stops.push({ key: blockKey, offset: index + 1, type: "element", measure: () => null });
      return;
    }
    const dom = editor.getElementByKey(child.getKey());
    if ($isImageChipNode(child)) {
      const middle = () => centerOf(dom?.getBoundingClientRect());
      stops.push({ key: blockKey, offset: index, type: "element", measure: middle });
      stops.push({ key: blockKey, offset: index + 1, type: "element", measure: middle });
    } else if ($isTextNode(child)) {
      const textDom = getDOMTextNode(dom);
      const size = child.getTextContentSize();
      for (let offset = 0; offset <= size; offset++) {
        stops.push({
          key: child.getKey(),
          offset,
          type: "text",
          measure: () => {
            if (!textDom) return null;
            const range = textDom.ownerDocument.createRange();
            range.setStart(textDom, Math.min(offset, textDom.length));
            range.collapse(true);
            return centerOf(range.getClientRects()[0] ?? range.getBoundingClientRect());
          },
        });
      }
    }
  });
  return { stops, parentKey: blockKey };
}

function sameStop(stop: Stop, point: PointType): boolean {
  return stop.key === point.key && stop.offset === point.offset && stop.type === point.type;
}

/** Moves the selection focus to the start/end of its visual line. Returns false when it cannot tell (native then). */
export function $moveToLineBoundary(editor: LexicalEditor, backward: boolean, extend: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const focus = selection.focus;
  const line = $lineStops(editor, focus.getNode());
  if (!line) return false;
  const { stops } = line;
  // The same position can appear twice (the element point beside a chip or line break, and a text edge); start
  // from a copy that can be measured.
  const matches = stops.flatMap((stop, i) => (sameStop(stop, focus) ? [i] : []));
  let index = matches.find((i) => stops[i]?.measure() != null) ?? matches[0] ?? -1;
  if (index < 0) return false;
  const here = stops[index]?.measure() ?? null;
  if (here === null) return false;
  const step = backward ? -1 : 1;
  for (let next = index + step; next >= 0 && next < stops.length; next += step) {
    const stop = stops[next];
    if (!stop) break;
    const y = stop.measure();
    if (y === null || Math.abs(y - here) > SAME_LINE_PX) {
      // A line break (unmeasurable) still bounds the line on its own side, which is the stop we stand on.
      break;
    }
    index = next;
  }
  const target = stops[index];
  if (!target) return false;
  focus.set(target.key, target.offset, target.type);
  if (!extend) selection.anchor.set(target.key, target.offset, target.type);
  return true;
}
