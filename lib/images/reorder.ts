/** A copy of `items` with the item at `from` moved so that it ends up at `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length) return [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...items];
  next.splice(target, 0, item);
  return next;
}

/**
 * Where a dragged item ends up when dropped before or after the item now at `target`,
 * as the `to` of moveItem (which removes the item first, shifting later ones left).
 */
export function dropIndex(from: number, target: number, side: "before" | "after"): number {
  const at = side === "before" ? target : target + 1;
  return from < at ? at - 1 : at;
}
