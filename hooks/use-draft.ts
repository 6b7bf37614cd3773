"use client";

import { useCallback, useEffect, useState } from "react";
import type { DraftVideo } from "@/components/composer/reference-video";
import type { StoredImage } from "@/hooks/use-tray";
import type { AspectRatio, Duration, Mode } from "@/lib/generations/recipe";
import type { PromptDoc } from "@/lib/prompt";

export type DraftImage = { trayId: string; stored: StoredImage };

export type Draft = {
  /** Idempotency key: one draft can create at most one task. Renewed after each successful submit. */
  draftId: string;
  doc: PromptDoc;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  /** Uploaded images, so a reload brings the tray back (chips refer to `trayId`). */
  images: DraftImage[];
  video: DraftVideo | null;
};

const STORAGE_KEY = "o1studio.draft.v2";

const emptyDraft = (): Draft => ({
  draftId: "",
  doc: [],
  mode: "std",
  duration: 5,
  aspectRatio: "16:9",
  images: [],
  video: null,
});

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
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [loaded, setLoaded] = useState<Draft | null>(null);

  // Read after mount: the server render has no localStorage, and the first client render must match it.
  useEffect(() => {
    const stored = readStored();
    const next = { ...emptyDraft(), ...stored, draftId: stored.draftId || crypto.randomUUID() };
    setDraft(next);
    setLoaded(next);
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
  const renew = useCallback(() => setDraft((current) => ({ ...current, draftId: crypto.randomUUID() })), []);

  /** The draft as read at start-up (null until then), to seed the tray and the editor once. */
  return { draft, initial: loaded, update, renew };
}
