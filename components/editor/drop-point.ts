/**
 * The DOM caret position under a point, via the standard `caretPositionFromPoint` or WebKit/Blink's
 * `caretRangeFromPoint`. Returns null when the point is not inside `root`.
 */
export function domCaretAtPoint(x: number, y: number, root: HTMLElement): { node: Node; offset: number } | null {
  const doc = root.ownerDocument;
  let point: { node: Node; offset: number } | null = null;
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    if (position) point = { node: position.offsetNode, offset: position.offset };
  } else if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    if (range) point = { node: range.startContainer, offset: range.startOffset };
  }
  return point && root.contains(point.node) ? point : null;
}
