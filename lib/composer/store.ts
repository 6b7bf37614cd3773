import { type ComposerAction, composerReducer } from "./reducer";
import { type ComposerState, initialComposerState } from "./state";

export type ComposerStore = {
  getState(): ComposerState;
  dispatch(action: ComposerAction): void;
  /** Called after every change, with the state before it (for listeners that act on differences). */
  subscribe(listener: (state: ComposerState, previous: ComposerState) => void): () => void;
};

/**
 * The one owner of composer state: a reducer behind getState/dispatch/subscribe, with no React in it. Commands
 * read the current state synchronously (a second Ctrl+Enter 100 ms after the first sees the first one), and React
 * renders it through useSyncExternalStore, so every render sees one complete state.
 */
export function createComposerStore(initial: ComposerState = initialComposerState()): ComposerStore {
  let state = initial;
  const listeners = new Set<(state: ComposerState, previous: ComposerState) => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = composerReducer(state, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
