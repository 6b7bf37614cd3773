"use client";

import { useLayoutEffect } from "react";
import type { Composer } from "@/lib/composer/create-composer";
import { newId } from "@/lib/composer/object-urls";
import { DRAFT_STORAGE_KEY, OLD_DRAFT_STORAGE_KEY, parseStoredDraft, serializeDraft } from "@/lib/composer/persistence";

function readStored(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_STORAGE_KEY) ?? window.localStorage.getItem(OLD_DRAFT_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Reads the stored draft into the composer, then keeps it saved after every change. A layout effect: the server
 * render has no localStorage (so the first client render must not read it either), and it runs before any
 * passive effect, click or network answer can change the draft.
 */
export function useDraftPersistence(composer: Composer): void {
  useLayoutEffect(() => {
    composer.commands.hydrate(parseStoredDraft(readStored(), newId));
    return composer.store.subscribe((state, previous) => {
      if (!state.hydrated || state.draft === previous.draft) return;
      try {
        window.localStorage.setItem(DRAFT_STORAGE_KEY, serializeDraft(state.draft));
      } catch {
        // Private mode or a full quota: the draft still lives in memory.
      }
    });
  }, [composer]);
}
