"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import type { ComposerCommands, RemovedImage } from "@/lib/composer/commands";
import type { Composer } from "@/lib/composer/create-composer";
import type { ComposerState } from "@/lib/composer/state";
import type { Recipe } from "@/lib/generations/recipe";
import type { ReferType } from "@/lib/generations/settings";

/** The composer's commands as the page uses them: the same commands, with the creator's feedback (toasts) added. */
export type ComposerActions = Omit<ComposerCommands, "submit" | "removeImage" | "setVideoFromResult"> & {
  /** Gallery "Remix" and share links: the whole recipe at once, with Undo when a draft was replaced. */
  remix(recipe: Recipe): void;
  removeImage(id: string): RemovedImage | undefined;
  /** Gallery "Edit this video" (base) and "Borrow its motion" (feature). */
  setVideoFromResult(generationId: string, referType: ReferType): Promise<void>;
  submit(options?: { anotherTake?: boolean }): Promise<void>;
};

export type ComposerContextValue = { composer: Composer; actions: ComposerActions };

export const ComposerContext = createContext<ComposerContextValue | null>(null);

export function useComposerContext(): ComposerContextValue {
  const value = useContext(ComposerContext);
  if (!value) throw new Error("useComposer… must be used inside <ComposerProvider>");
  return value;
}

export function useComposerActions(): ComposerActions {
  return useComposerContext().actions;
}

/** The composer's state; every render sees one complete state (the store changes only by whole actions). */
export function useComposerState(): ComposerState {
  const { store } = useComposerContext().composer;
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
