"use client";

import { useEffect, useState } from "react";
import type { GenerationView } from "@/lib/generations/view";
import { historyEntries, historyUrl } from "@/lib/history/history-entries";

export type HistoryState = { entries: GenerationView[]; loading: boolean; error: string | null };

/** The owner's sent prompts matching `query`; a later query's answer always wins over an earlier one's. */
export function useHistory(query: string): HistoryState {
  const [state, setState] = useState<HistoryState>({ entries: [], loading: true, error: null });
  useEffect(() => {
    let live = true;
    setState((current) => ({ ...current, loading: true }));
    void fetch(historyUrl(query), { cache: "no-store" })
      .then(async (response) => historyEntries(await response.json()))
      .catch(() => undefined)
      .then((entries) => {
        if (!live) return;
        setState(
          entries
            ? { entries, loading: false, error: null }
            : { entries: [], loading: false, error: "Could not read your history. Try again." },
        );
      });
    return () => {
      live = false;
    };
  }, [query]);
  return state;
}

/** The last prompt the owner sent, if any (↑ in an empty prompt). */
export async function lastSent(): Promise<GenerationView | undefined> {
  const response = await fetch(historyUrl("", 1), { cache: "no-store" }).catch(() => null);
  const entries = response ? historyEntries(await response.json().catch(() => null)) : undefined;
  return entries?.[0];
}
