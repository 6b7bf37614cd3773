"use client";

import { useCallback, useEffect, useState } from "react";
import type { AspectRatio, Duration, Mode } from "@/lib/generations/recipe";

export type Draft = {
  /** Idempotency key: one draft can create at most one task. Renewed after each successful submit. */
  draftId: string;
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
};

const STORAGE_KEY = "o1studio.draft.v1";

function newDraftId(): string {
  return crypto.randomUUID();
}

const initialDraft = (): Draft => ({ draftId: "", prompt: "", mode: "std", duration: 5, aspectRatio: "16:9" });

function readStored(): Partial<Draft> {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Partial<Draft>) : {};
  } catch {
    return {};
  }
}

/** The composer's draft, kept in localStorage so a reload or a failed submit never loses it. */
export function useDraft() {
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [loaded, setLoaded] = useState(false);

  // Read after mount: the server render has no localStorage, and the first client render must match it.
  useEffect(() => {
    const stored = readStored();
    setDraft((current) => ({ ...current, ...stored, draftId: stored.draftId || newDraftId() }));
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    } catch {
      // Private mode or a full quota: the draft still lives in memory.
    }
  }, [draft, loaded]);

  const update = useCallback((patch: Partial<Omit<Draft, "draftId">>) => {
    setDraft((current) => ({ ...current, ...patch }));
  }, []);

  /** After a successful submit: same words and settings, but the next Generate is a new task. */
  const renew = useCallback(() => setDraft((current) => ({ ...current, draftId: newDraftId() })), []);

  return { draft, loaded, update, renew };
}
