"use client";

import { useCallback, useEffect, useRef } from "react";

/** How long the pointer rests on a tile before its preview starts. */
export const HOVER_INTENT_MS = 350;

/**
 * Calls `onIntent` once the pointer has rested on an element for HOVER_INTENT_MS. Tiles passing under a still
 * pointer while the page scrolls fire mouseenter too: a scroll cancels the wait, so a fling through a
 * thousand tiles starts no preview (each one mounted a player and fetched video bytes).
 */
export function useHoverIntent(onIntent: () => void): {
  onMouseEnter: () => void;
  onMouseMove: () => void;
  onMouseLeave: () => void;
} {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onIntent);
  latest.current = onIntent;

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    window.removeEventListener("scroll", cancel);
  }, []);

  const onMouseEnter = useCallback(() => {
    cancel();
    window.addEventListener("scroll", cancel, { passive: true });
    timer.current = setTimeout(() => {
      cancel();
      latest.current();
    }, HOVER_INTENT_MS);
  }, [cancel]);

  // A pointer that stayed on the tile through a scroll starts its wait again when it moves.
  const onMouseMove = useCallback(() => {
    if (!timer.current) onMouseEnter();
  }, [onMouseEnter]);

  useEffect(() => cancel, [cancel]);
  return { onMouseEnter, onMouseMove, onMouseLeave: cancel };
}
