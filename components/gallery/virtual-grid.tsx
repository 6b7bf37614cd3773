"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useImperativeHandle, useRef } from "react";
import { useGridLayout } from "@/hooks/use-grid-columns";

export type VirtualGridHandle = {
  columns: () => number;
  /** Brings the item's row into view (it may not be rendered yet), then calls `then` once it is. */
  reveal: (index: number, then: () => void) => void;
};

const GAP = 16;
const MIN_TILE = 280;

/**
 * A grid that renders only the rows near the viewport, scrolled by the page itself. Rows are measured as they
 * render (tiles differ in text), so positions settle without a fixed row height. Near the end it asks for more.
 */
export function VirtualGrid<T>({
  items,
  itemKey,
  renderItem,
  label,
  setSize,
  onNearEnd,
  onKeyDown,
  handle,
}: {
  items: ReadonlyArray<T>;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  label: string;
  /** aria-setsize: the total when known, -1 while more can load. */
  setSize: number;
  onNearEnd: () => void;
  onKeyDown?: (event: React.KeyboardEvent) => void;
  handle?: React.Ref<VirtualGridHandle>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const { columns, top } = useGridLayout(container, MIN_TILE, GAP);
  const rowCount = Math.ceil(items.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => 560,
    overscan: 2,
    scrollMargin: top,
    gap: GAP,
    // A scroll need not render inside its own event (flushSync): React batches it into the next frame, which
    // keeps frames short; the overscan rows cover the wait.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (rowCount > 0 && lastRow >= rowCount - 2) onNearEnd();
  }, [lastRow, rowCount, onNearEnd]);

  useImperativeHandle(
    handle,
    () => ({
      columns: () => columns,
      reveal: (index, then) => {
        virtualizer.scrollToIndex(Math.floor(index / columns), { align: "auto" });
        // The row renders on a later frame when it was outside the window.
        let frames = 0;
        const attempt = () => {
          const found = container.current?.querySelector(`[data-grid-index="${index}"]`);
          if (found || frames++ > 10) then();
          else requestAnimationFrame(attempt);
        };
        requestAnimationFrame(attempt);
      },
    }),
    [columns, virtualizer],
  );

  return (
    // Rows are wrappers the virtualizer measures and moves; a <ul> cannot hold them, so the list is in ARIA.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      ref={container}
      role="list"
      aria-label={label}
      onKeyDown={onKeyDown}
      className="relative w-full"
      // The virtualizer places rows itself; the browser's scroll anchoring would fight it when rows resize.
      style={{ height: virtualizer.getTotalSize(), overflowAnchor: "none" }}
    >
      {rows.map((row) => (
        <div
          key={row.key}
          role="none"
          data-index={row.index}
          ref={virtualizer.measureElement}
          className="absolute left-0 top-0 grid w-full items-start"
          style={{
            transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
            gap: GAP,
          }}
        >
          {items.slice(row.index * columns, (row.index + 1) * columns).map((item, offset) => {
            const index = row.index * columns + offset;
            return (
              // biome-ignore lint/a11y/useSemanticElements: rows sit between the list and its items (see above)
              <div
                key={itemKey(item)}
                role="listitem"
                data-grid-index={index}
                aria-setsize={setSize}
                aria-posinset={index + 1}
              >
                {renderItem(item, index)}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
