"use client";

import { useCallback, useEffect, useState } from "react";
import type { AspectRatio, Duration, Mode } from "@/lib/generations/settings";
import { aspectRatios, durations, modes } from "@/lib/generations/settings";
import type { PromptDoc } from "@/lib/prompt";
import { type DraftImage, readDraftImages, readDraftVideo } from "@/lib/references/draft";
import type { VideoRef } from "@/lib/references/video-ref";

export type { DraftImage } from "@/lib/references/draft";

export type Draft = {
  /** Idempotency key: one draft can create at most one task. Renewed after each successful submit. */
  draftId: string;
  doc: PromptDoc;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  /** Uploaded images, so a reload brings the tray back (chips refer to `trayId`). */
  images: DraftImage[];
  video: VideoRef | null;
};

const STORAGE_KEY = "o1studio.draft.v3";
/** Written before `ImageRef`; read once so a deploy keeps the creator's draft. */
const OLD_STORAGE_KEY = "o1studio.draft.v2";

const emptyDraft = (): Draft => ({
  draftId: "",
  doc: [],
  mode: "std",
  duration: 5,
  aspectRatio: "16:9",
  images: [],
  video: null,
});

function oneOf<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

function readStored(): Draft {
  const draft = emptyDraft();
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY) ?? window.localStorage.getItem(OLD_STORAGE_KEY);
    const stored: Record<string, unknown> = raw ? JSON.parse(raw) : {};
    return {
      draftId: typeof stored.draftId === "string" ? stored.draftId : "",
      doc: Array.isArray(stored.doc) ? (stored.doc as PromptDoc) : draft.doc,
      mode: oneOf(modes, stored.mode, draft.mode),
      duration: oneOf(durations, stored.duration, draft.duration),
      aspectRatio: oneOf(aspectRatios, stored.aspectRatio, draft.aspectRatio),
      images: readDraftImages(stored.images),
      video: readDraftVideo(stored.video),
    };
  } catch {
    return draft;
  }
}

/** The composer's draft, kept in localStorage so a reload or a failed submit never loses it. */
export function useDraft() {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [loaded, setLoaded] = useState<Draft | null>(null);

  // Read after mount: the server render has no localStorage, and the first client render must match it.
  useEffect(() => {
    const stored = readStored();
    const next = { ...stored, draftId: stored.draftId || crypto.randomUUID() };
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
