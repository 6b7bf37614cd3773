"use client";

import { useEffect } from "react";
import { STUDIO_TITLE, tabTitle } from "@/lib/generations/tab-title";
import type { GenerationView } from "@/lib/generations/view";

/** Keeps the tab title on the running takes' progress; the plain title comes back when they end or on leave. */
export function useTabTitle(generations: ReadonlyArray<GenerationView>) {
  const title = tabTitle(generations);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(
    () => () => {
      document.title = STUDIO_TITLE;
    },
    [],
  );
}
