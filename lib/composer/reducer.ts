import { type PromptDoc, sameDoc, withChipAppended, withoutChipsFor } from "@/lib/prompt";
import type { TrayImage } from "@/lib/references/tray-image";
import type { VideoRef } from "@/lib/references/video-ref";
import type { ComposerState, CropOffer, Draft, LastSent, Settings } from "./state";
import { addRejections, insertImage, moveImage, patchImage, renameAsset, withoutImage } from "./tray";

/** Every change to the composer, as data. Each one is a single, complete state change: nothing is ever half-applied. */
export type ComposerAction =
  /** The stored draft (or a fresh one) at start-up. */
  | { type: "hydrated"; draft: Draft }
  /**
   * Typing, pasting, chips inserted by the editor itself: the editor already shows this document. `revision` is
   * the one the editor was built for; an editor that has since been replaced can no longer write.
   */
  | { type: "docEdited"; doc: PromptDoc; revision: number }
  /** A chip added while no editor is mounted to take it. */
  | { type: "chipAppended"; imageId: string }
  | { type: "settingsChanged"; patch: Partial<Settings> }
  | { type: "imagesAdded"; images: TrayImage[]; rejection?: string }
  | { type: "imagePatched"; id: string; change: Partial<TrayImage> }
  /** A file refused after it entered the tray (a rule only the browser's decode or the server could check). */
  | { type: "imageDiscarded"; id: string; rejection: string; crop?: CropOffer }
  /** The × on a thumbnail: the image and every chip of it go. */
  | { type: "imageRemoved"; id: string }
  /** Undo of imageRemoved: the image at its place and the document as it was. */
  | { type: "imageRestored"; image: TrayImage; index: number; doc: PromptDoc }
  | { type: "imageMoved"; id: string; toIndex: number }
  /** A library image got a new name: every tray image of it shows that name. */
  | { type: "assetRenamed"; assetId: string; name: string }
  | { type: "rejectionsDismissed"; message?: string }
  /** A remix, or the Undo of one: the whole draft at once. */
  | { type: "draftReplaced"; draft: Draft; alert?: string | null }
  | { type: "videoCheckStarted"; token: number }
  | { type: "videoCheckFailed"; token: number; message: string }
  /** A checked video (token given) or a direct edit of the current one (refer type, sound, removal). */
  | { type: "videoSet"; video: VideoRef | null; token?: number }
  | { type: "submitStarted"; draftId: string }
  | { type: "submitSucceeded"; lastSent: LastSent }
  | { type: "submitFailed"; message: string }
  | { type: "repeatRefused" }
  | { type: "takesSet"; takes: number }
  /** The editor of the current document takes focus once it is built. */
  | { type: "editorFocusRequested" }
  | { type: "alertSet"; message: string | null };

function withDraft(state: ComposerState, draft: Partial<Draft>): ComposerState {
  return { ...state, draft: { ...state.draft, ...draft } };
}

/** A document replaced from outside the editor: a new revision, so the editor is rebuilt from it. */
function withDocument(state: ComposerState, doc: PromptDoc): ComposerState {
  if (sameDoc(doc, state.draft.doc)) return state;
  return { ...withDraft(state, { doc }), docRevision: state.docRevision + 1 };
}

function images(state: ComposerState, next: TrayImage[]): ComposerState {
  return next === state.draft.images ? state : withDraft(state, { images: next });
}

function apply(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case "hydrated":
      // Once: a remix that arrived first has already made the draft.
      if (state.hydrated) return state;
      return { ...state, hydrated: true, draft: action.draft, docRevision: state.docRevision + 1 };
    case "docEdited":
      if (action.revision !== state.docRevision || sameDoc(action.doc, state.draft.doc)) return state;
      return withDraft(state, { doc: action.doc });
    case "chipAppended":
      return withDocument(state, withChipAppended(state.draft.doc, action.imageId));
    case "settingsChanged":
      return withDraft(state, { settings: { ...state.draft.settings, ...action.patch } });
    case "imagesAdded": {
      const added = images(state, [...state.draft.images, ...action.images]);
      return action.rejection ? { ...added, rejections: addRejections(added.rejections, [action.rejection]) } : added;
    }
    case "imagePatched":
      return images(state, patchImage(state.draft.images, action.id, action.change));
    case "imageDiscarded": {
      if (!state.draft.images.some((image) => image.id === action.id)) return state;
      const next = images(state, withoutImage(state.draft.images, action.id));
      const cropOffers = action.crop ? [...next.cropOffers, action.crop] : next.cropOffers;
      return { ...next, rejections: addRejections(next.rejections, [action.rejection]), cropOffers };
    }
    case "imageRemoved": {
      if (!state.draft.images.some((image) => image.id === action.id)) return state;
      const next = images(state, withoutImage(state.draft.images, action.id));
      return withDocument(next, withoutChipsFor(next.draft.doc, action.id).doc);
    }
    case "imageRestored":
      return withDocument(images(state, insertImage(state.draft.images, action.image, action.index)), action.doc);
    case "imageMoved":
      return images(state, moveImage(state.draft.images, action.id, action.toIndex));
    case "assetRenamed":
      return images(state, renameAsset(state.draft.images, action.assetId, action.name));
    case "rejectionsDismissed":
      return {
        ...state,
        rejections:
          action.message === undefined ? [] : state.rejections.filter((message) => message !== action.message),
        cropOffers:
          action.message === undefined ? [] : state.cropOffers.filter((offer) => offer.message !== action.message),
      };
    case "draftReplaced":
      return {
        ...state,
        hydrated: true,
        draft: action.draft,
        docRevision: state.docRevision + 1,
        rejections: [],
        cropOffers: [],
        videoCheck: { pending: null, error: null },
        alert: action.alert ?? null,
      };
    case "videoCheckStarted":
      return { ...state, videoCheck: { pending: action.token, error: null } };
    case "videoCheckFailed":
      if (state.videoCheck.pending !== action.token) return state;
      return { ...state, videoCheck: { pending: null, error: action.message } };
    case "videoSet": {
      // A check that was abandoned (removed, replaced by a newer one) answers into nothing.
      if (action.token !== undefined && state.videoCheck.pending !== action.token) return state;
      return { ...withDraft(state, { video: action.video }), videoCheck: { pending: null, error: null } };
    }
    case "submitStarted":
      return { ...withDraft(state, { draftId: action.draftId }), sending: true, alert: null };
    case "submitSucceeded":
      return { ...withDraft(state, { lastSent: action.lastSent }), sending: false };
    case "submitFailed":
      return { ...state, sending: false, alert: action.message };
    case "repeatRefused":
      return { ...state, repeatRefused: true };
    case "takesSet":
      return { ...state, takes: action.takes };
    case "editorFocusRequested":
      return { ...state, editorFocus: state.docRevision };
    case "alertSet":
      return state.alert === action.message ? state : { ...state, alert: action.message };
  }
}

/** The composer's one reducer. Pure: the store, the tests and nothing else call it. */
export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  const next = apply(state, action);
  // "Already sent" is about this exact draft; the first change to it makes Generate mean a new task again.
  if (next.repeatRefused && action.type !== "repeatRefused" && next.draft !== state.draft) {
    return { ...next, repeatRefused: false };
  }
  return next;
}
