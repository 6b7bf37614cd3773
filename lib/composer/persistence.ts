import { aspectRatios, durations, modes } from "@/lib/generations/settings";
import { isFiniteNumber, isRecord } from "@/lib/json/guards";
import type { PromptDoc } from "@/lib/prompt";
import { readDraftImages, readDraftVideo } from "@/lib/references/draft";
import { readyRef, trayImageFromRef } from "@/lib/references/tray-image";
import { type Draft, defaultSettings, emptyDraft, type LastSent } from "./state";

/** Where the draft lives in localStorage; v2 (before `ImageRef`) is still read so a deploy keeps the creator's draft. */
export const DRAFT_STORAGE_KEY = "o1studio.draft.v3";
export const OLD_DRAFT_STORAGE_KEY = "o1studio.draft.v2";

/** The repeat guard's memory, read by hand: this runs in the browser, which carries no zod. */
function readLastSent(value: unknown): LastSent | null {
  if (!isRecord(value)) return null;
  const { fingerprint, draftId, at } = value;
  if (typeof fingerprint !== "string" || typeof draftId !== "string" || !isFiniteNumber(at)) return null;
  return { fingerprint, draftId, at };
}

function oneOf<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

function readDoc(value: unknown): PromptDoc {
  if (!Array.isArray(value)) return [];
  return value.flatMap((segment): PromptDoc => {
    if (segment?.kind === "text" && typeof segment.text === "string") return [{ kind: "text", text: segment.text }];
    if (segment?.kind === "chip" && typeof segment.imageId === "string")
      return [{ kind: "chip", imageId: segment.imageId }];
    return [];
  });
}

/**
 * The stored draft as a `Draft`. Tray images come back ready under their stored ids, so the stored document's
 * chips point at them with no remapping. Anything unreadable falls back to a default, never to an error.
 */
export function parseStoredDraft(raw: string | null, newDraftId: () => string): Draft {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry: start a fresh draft rather than lose the page.
  }
  const draftId = typeof stored.draftId === "string" && stored.draftId.length >= 8 ? stored.draftId : newDraftId();
  const images = readDraftImages(stored.images).map((image) => trayImageFromRef(image.ref, image.trayId));
  return {
    ...emptyDraft(draftId),
    doc: readDoc(stored.doc),
    images: images.filter((image, index) => images.findIndex((other) => other.id === image.id) === index),
    settings: {
      mode: oneOf(modes, stored.mode, defaultSettings.mode),
      duration: oneOf(durations, stored.duration, defaultSettings.duration),
      aspectRatio: oneOf(aspectRatios, stored.aspectRatio, defaultSettings.aspectRatio),
    },
    video: readDraftVideo(stored.video),
    lastSent: readLastSent(stored.lastSent),
  };
}

/** Only stored images are kept: an image still uploading has no stored copy to come back to after a reload. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({
    draftId: draft.draftId,
    doc: draft.doc,
    ...draft.settings,
    images: draft.images.flatMap((image) => {
      const ref = readyRef(image);
      return ref ? [{ trayId: image.id, ref }] : [];
    }),
    video: draft.video,
    lastSent: draft.lastSent,
  });
}
