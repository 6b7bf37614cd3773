import type { PromptDoc } from "@/lib/prompt";
import type { TrayImage } from "@/lib/references/tray-image";
import type { VideoRef } from "@/lib/references/video-ref";
import type { Settings } from "@/lib/references/video-settings";

export type { Settings } from "@/lib/references/video-settings";

/** The last successful submit of this draft: what was sent, under which key, when. */
export type LastSent = { fingerprint: string; draftId: string; at: number };

/**
 * Everything that makes up what the creator is about to send, and nothing else: this is what is saved in
 * localStorage, what a remix replaces and what its Undo brings back, always as one value.
 */
export type Draft = {
  /** Idempotency key of the next task (APIMart's Idempotency-Key and the server's draft claim). */
  draftId: string;
  doc: PromptDoc;
  /** In image_urls order: an image's number is its index + 1. Chips name images by `id`. */
  images: TrayImage[];
  /** The creator's choices; a base video overrides duration and aspect ratio when sent (see settingsSent). */
  settings: Settings;
  video: VideoRef | null;
  lastSent: LastSent | null;
};

/** A file refused for its shape (or size), kept so the tray can offer "Crop to 2.5:1" (or say why not). */
export type CropOffer = { message: string; file: File; width: number; height: number; chance: "crop" | "too-small" };

export type ComposerState = {
  /** False until the stored draft has been read (after mount: the server render has no localStorage). */
  hydrated: boolean;
  draft: Draft;
  /**
   * Bumped whenever the document is replaced from outside the editor (restore, remix, undo, an image removed with
   * its chips). The editor is keyed by it and built from `draft.doc`, so it can never show another document than
   * the one the counter, the preview and the submit read.
   */
  docRevision: number;
  /** Why files were refused, newest last. */
  rejections: string[];
  /** Of those, the ones about a picture's dimensions, with the file (never saved: files stay in this tab). */
  cropOffers: CropOffer[];
  /** The reference video being checked (a token, so a late answer of an abandoned check is ignored), and why the last check failed. */
  videoCheck: { pending: number | null; error: string | null };
  sending: boolean;
  /** The composer's message to the creator: a refused submit, a recipe that could not be fully loaded. */
  alert: string | null;
  /** The document revision whose editor takes focus when it is built (after a remix from the gallery). */
  editorFocus: number | null;
  /** Set when a repeated Generate of the unchanged draft was not sent; cleared by any change to the draft. */
  repeatRefused: boolean;
  /** "Generate ×N": how many takes the next Generate sends (1 is an ordinary submit, with the repeat guard). */
  takes: number;
};

export const defaultSettings: Settings = { mode: "std", duration: 5, aspectRatio: "16:9" };

export function emptyDraft(draftId: string): Draft {
  return { draftId, doc: [], images: [], settings: { ...defaultSettings }, video: null, lastSent: null };
}

export function initialComposerState(): ComposerState {
  return {
    hydrated: false,
    draft: emptyDraft(""),
    docRevision: 0,
    rejections: [],
    cropOffers: [],
    videoCheck: { pending: null, error: null },
    sending: false,
    alert: null,
    repeatRefused: false,
    editorFocus: null,
    takes: 1,
  };
}

/** A draft worth protecting with an Undo before something replaces it. */
export function isDraftEmpty(draft: Draft): boolean {
  const hasText = draft.doc.some((segment) => segment.kind === "chip" || segment.text.trim() !== "");
  return !hasText && draft.images.length === 0 && draft.video === null;
}
