"use client";

import { type RefObject, useLayoutEffect, useState } from "react";

/**
 * Columns that fit the element's width (at least `minWidth` each), and its distance from the top of the page
 * (the window virtualizer's scroll margin). Both follow resizes: the composer above the feed on a phone grows
 * as images are added, which moves the feed down.
 */
export function useGridLayout(ref: RefObject<HTMLElement | null>, minWidth: number, gap: number) {
  const [layout, setLayout] = useState({ columns: 1, top: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      const columns = Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
      const top = Math.round(element.getBoundingClientRect().top + window.scrollY);
      setLayout((current) => (current.columns === columns && current.top === top ? current : { columns, top }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [ref, minWidth, gap]);
  return layout;
}
