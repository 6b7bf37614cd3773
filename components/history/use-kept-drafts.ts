"use client";

import { useCallback, useState } from "react";
import { KEPT_DRAFTS_KEY, type KeptDraft, readKeptDrafts } from "@/lib/library/kept-drafts";

function read(): KeptDraft[] {
  try {
    return readKeptDrafts(window.localStorage.getItem(KEPT_DRAFTS_KEY));
  } catch {
    return [];
  }
}

/** The kept drafts in this browser's localStorage, and a way to change them (answers false when storage refused). */
export function useKeptDrafts() {
  const [list, setList] = useState<KeptDraft[]>(read);
  const update = useCallback((change: (current: KeptDraft[]) => KeptDraft[]): boolean => {
    const next = change(read());
    try {
      window.localStorage.setItem(KEPT_DRAFTS_KEY, JSON.stringify(next));
    } catch {
      return false;
    }
    setList(next);
    return true;
  }, []);
  return { list, update };
}
