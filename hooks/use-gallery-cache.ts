"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { GenerationView } from "@/lib/generations/view";
import { withAdded, withChanged, withFresh } from "./gallery-list";
import { type GenerationList, generationKeys } from "./generation-queries";

export type GalleryCache = {
  /** A submit or a retry made this generation: it goes first. */
  add(generation: GenerationView): void;
  /** The server's latest copies (polls that reached a terminal or stalled state, a forced check). */
  fold(generations: ReadonlyArray<GenerationView>): void;
  /** One generation changed here (share link, deleted): `change` returns the new copy, or null to drop it. */
  update(id: string, change: (generation: GenerationView) => GenerationView | null): void;
  /** Read the list from the server again (after an undo, or when a write's outcome is unknown). */
  reload(): Promise<void>;
};

/** The one writer of the gallery list cache. Everything that changes the list goes through here. */
export function useGalleryCache(): GalleryCache {
  const queryClient = useQueryClient();
  return useMemo(() => {
    // Every cached list (the unfiltered one and each search or filter the creator has used) gets the edit.
    const write = (edit: (data: GenerationList | undefined) => GenerationList | undefined) =>
      queryClient.setQueriesData<GenerationList>({ queryKey: generationKeys.lists() }, edit);
    return {
      add: (generation) => write((data) => withAdded(data, generation)),
      fold: (generations) => {
        if (generations.length > 0) write((data) => withFresh(data, generations));
      },
      update: (id, change) => write((data) => withChanged(data, (item) => (item.id === id ? change(item) : item))),
      reload: () => queryClient.invalidateQueries({ queryKey: generationKeys.lists() }),
    };
  }, [queryClient]);
}
