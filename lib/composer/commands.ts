import type { ActionResult } from "@/lib/actions/result";
import type { Recipe } from "@/lib/generations/recipe";
import type { ReferType } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import { filesFromClipboard } from "@/lib/images/clipboard-files";
import { type PromptDoc, withoutChipsFor } from "@/lib/prompt";
import type { ImageRef } from "@/lib/references/image-ref";
import { type TrayImage, trayImageFromRef } from "@/lib/references/tray-image";
import type { VideoRef } from "@/lib/references/video-ref";
import { namePasted } from "./paste-names";
import { readiness } from "./readiness";
import { draftFromRecipe } from "./recipe-draft";
import { fingerprint, planSubmit } from "./repeat-guard";
import type { CheckedVideo, ComposerServer } from "./server-port";
import { type Draft, isDraftEmpty, type Settings } from "./state";
import type { ComposerStore } from "./store";
import { admit, type CountLimits, maxImagesFor } from "./tray";
import type { UploadPipeline } from "./upload-pipeline";

export type SubmitOutcome =
  | { kind: "sent"; generation: GenerationView; duplicate: boolean }
  /** "Generate ×N": the takes that went out, and why the rest did not (null when all did). */
  | { kind: "sent-takes"; takes: number; generations: GenerationView[]; stopped: string | null }
  /** Not sent: the same unchanged draft went out moments ago. */
  | { kind: "repeat" }
  /** Not sent: already sending, or something to wait for or fix (the reason is on screen). */
  | { kind: "not-ready" }
  | { kind: "failed"; message: string };

export type RemovedImage = { image: TrayImage; index: number; removedChips: number; undo: () => void };

export type ComposerCommands = ReturnType<typeof createComposerCommands>;

/**
 * What the studio can ask of the composer. Each command reads the store's current state synchronously and
 * changes it with single, complete actions; UI feedback (toasts, focus) is left to the caller.
 */
export function createComposerCommands({
  store,
  pipeline,
  server,
  limits,
  now = Date.now,
  newId,
}: {
  store: ComposerStore;
  pipeline: UploadPipeline;
  server: ComposerServer;
  limits: CountLimits;
  now?: () => number;
  newId: () => string;
}) {
  const state = () => store.getState();
  const handledPastes = new WeakSet<Event>();
  let videoToken = 0;

  function addFiles(files: File[]): string[] {
    if (files.length === 0) return [];
    const { draft } = state();
    const { accepted, message } = admit(draft.images, files.length, maxImagesFor(limits, draft.video));
    const images = pipeline.placeholders(files.slice(0, accepted).map((file) => ({ id: newId(), file })));
    store.dispatch({ type: "imagesAdded", images, rejection: message });
    for (const image of images) pipeline.run(image.id);
    return images.map((image) => image.id);
  }

  function replaceDraft(draft: Draft, alert: string | null = null) {
    const { images, toRun } = pipeline.revive(draft.images);
    store.dispatch({ type: "draftReplaced", draft: { ...draft, images }, alert });
    for (const id of toRun) pipeline.run(id);
  }

  async function checkWith(call: Promise<ActionResult<CheckedVideo>>, choice: Omit<VideoRef, "url" | "check">) {
    videoToken += 1;
    const token = videoToken;
    store.dispatch({ type: "videoCheckStarted", token });
    const result = await call;
    if (!result.ok) {
      store.dispatch({ type: "videoCheckFailed", token, message: result.error.message });
      return false;
    }
    store.dispatch({ type: "videoSet", token, video: { ...choice, url: result.data.url, check: result.data.check } });
    return state().draft.video?.url === result.data.url;
  }

  return {
    hydrate(draft: Draft) {
      store.dispatch({ type: "hydrated", draft });
    },
    /** From the editor built for `revision` (see ComposerState.docRevision). */
    editDoc(doc: PromptDoc, revision: number) {
      store.dispatch({ type: "docEdited", doc, revision });
    },
    appendChip(imageId: string) {
      store.dispatch({ type: "chipAppended", imageId });
    },
    changeSettings(patch: Partial<Settings>) {
      store.dispatch({ type: "settingsChanged", patch });
    },
    addFiles,
    /**
     * Library images into the tray, as they are: the server already has them, so nothing is uploaded. An image
     * already in the tray is not added twice. Answers the tray id of each (existing or new), in order, or
     * undefined for those beyond the count limit.
     */
    addFromLibrary(refs: ImageRef[]): Array<string | undefined> {
      const { draft } = state();
      const inTray = new Map(draft.images.flatMap((image) => (image.ref ? [[image.ref.assetId, image.id]] : [])));
      const fresh = refs.filter(
        (ref, index) => !inTray.has(ref.assetId) && refs.findIndex((other) => other.assetId === ref.assetId) === index,
      );
      const { accepted, message } = admit(draft.images, fresh.length, maxImagesFor(limits, draft.video));
      const added = fresh.slice(0, accepted).map((ref) => trayImageFromRef(ref, newId()));
      if (added.length > 0 || message) store.dispatch({ type: "imagesAdded", images: added, rejection: message });
      for (const image of added) if (image.ref) inTray.set(image.ref.assetId, image.id);
      return refs.map((ref) => inTray.get(ref.assetId));
    },
    renameAsset(assetId: string, name: string) {
      store.dispatch({ type: "assetRenamed", assetId, name });
    },
    /**
     * For onPaste (native event): pasted files are added once, however many handlers see the paste. `add` is where
     * they go (the tray by default; the page may look for a recipe in a pasted MP4 first).
     */
    handlePaste(
      event: Event,
      clipboardData: DataTransfer | null,
      add: (files: File[]) => string[] = addFiles,
    ): string[] {
      if (handledPastes.has(event)) return [];
      const pasted = filesFromClipboard(clipboardData);
      if (pasted.length === 0) return [];
      handledPastes.add(event);
      event.preventDefault();
      return add(pasted.map((file, index) => namePasted(file, index)));
    },
    removeImage(id: string): RemovedImage | undefined {
      const { draft } = state();
      const index = draft.images.findIndex((image) => image.id === id);
      const image = draft.images[index];
      if (!image) return undefined;
      const docBefore = draft.doc;
      const removedChips = withoutChipsFor(docBefore, id).removed;
      store.dispatch({ type: "imageRemoved", id });
      return {
        image,
        index,
        removedChips,
        undo() {
          if (state().draft.images.some((candidate) => candidate.id === id)) return;
          const [revived] = pipeline.revive([image]).images;
          if (!revived) return;
          store.dispatch({ type: "imageRestored", image: revived, index, doc: docBefore });
          if (revived.status === "checking") pipeline.run(id);
        },
      };
    },
    moveImage(id: string, toIndex: number) {
      store.dispatch({ type: "imageMoved", id, toIndex });
    },
    retryImage(id: string) {
      pipeline.retry(id);
    },
    dismissRejections(message?: string) {
      store.dispatch({ type: "rejectionsDismissed", message });
    },
    /** One atomic change to the whole draft; `undo` (when the draft it replaced was worth keeping) brings that back. */
    loadRecipe(recipe: Recipe): { alert: string | null; undo?: () => void } {
      const previous = state().draft;
      const { draft, alert } = draftFromRecipe(recipe, {
        draftId: newId(),
        imageIds: recipe.images.map(() => newId()),
      });
      store.dispatch({ type: "draftReplaced", draft, alert });
      return { alert, undo: isDraftEmpty(previous) ? undefined : () => replaceDraft(previous) };
    },
    /**
     * A kept draft becomes the one being edited, under a new key (the kept copy may be opened again: the same key
     * twice would make its second submit a duplicate of the first). `undo` as for loadRecipe.
     */
    loadDraft(draft: Draft): { undo?: () => void } {
      const previous = state().draft;
      replaceDraft({ ...draft, draftId: newId(), lastSent: null });
      return { undo: isDraftEmpty(previous) ? undefined : () => replaceDraft(previous) };
    },
    checkVideo(url: string, referType: ReferType, keepOriginalSound: boolean) {
      const call = server
        .checkVideo({ url, referType })
        .then(
          (result): ActionResult<CheckedVideo> =>
            result.ok ? { ok: true, data: { url, check: result.data } } : result,
        );
      return checkWith(call, { referType, keepOriginalSound });
    },
    /** "Edit this video" / "Borrow its motion" on a past result: one round trip that picks the URL and checks it. */
    setVideoFromResult(generationId: string, referType: ReferType) {
      return checkWith(server.videoFromResult({ generationId, referType }), { referType, keepOriginalSound: false });
    },
    uploadVideo(file: File, referType: ReferType, keepOriginalSound: boolean) {
      return checkWith(server.uploadVideo(file, referType), { referType, keepOriginalSound });
    },
    /** Direct edits of the current video (how to use it, its sound) or its removal; abandons any check in flight. */
    setVideo(video: VideoRef | null) {
      store.dispatch({ type: "videoSet", video });
    },
    async submit({ anotherTake = false }: { anotherTake?: boolean } = {}): Promise<SubmitOutcome> {
      const current = state();
      if (current.sending) return { kind: "not-ready" };
      const ready = readiness(current, limits);
      if (!ready.ready) {
        store.dispatch({ type: "alertSet", message: ready.waiting ? null : ready.reason });
        return { kind: "not-ready" };
      }
      const print = fingerprint(ready.input);
      const takes = current.takes;
      // ×N is explicit and priced: never held back by the repeat guard, but a used key is renewed as for a take.
      const plan = planSubmit({
        lastSent: current.draft.lastSent,
        draftId: current.draft.draftId,
        print,
        now: now(),
        anotherTake: anotherTake || takes > 1,
      });
      if (!plan.send) {
        store.dispatch({ type: "repeatRefused" });
        return { kind: "repeat" };
      }
      const draftId = plan.renewKey ? newId() : current.draft.draftId;
      store.dispatch({ type: "submitStarted", draftId });
      if (takes > 1) {
        const sent = await server.submitTakes({ ...ready.input, draftId, takes });
        if (!sent.ok) {
          store.dispatch({ type: "submitFailed", message: sent.error.message });
          return { kind: "failed", message: sent.error.message };
        }
        store.dispatch({ type: "submitSucceeded", lastSent: { fingerprint: print, draftId, at: now() } });
        return {
          kind: "sent-takes",
          takes,
          generations: sent.data.generations,
          stopped: sent.data.stopped?.message ?? null,
        };
      }
      const result = await server.submit({ ...ready.input, draftId });
      if (!result.ok) {
        store.dispatch({ type: "submitFailed", message: result.error.message });
        return { kind: "failed", message: result.error.message };
      }
      store.dispatch({ type: "submitSucceeded", lastSent: { fingerprint: print, draftId, at: now() } });
      return { kind: "sent", ...result.data };
    },
    sharedRecipe(slug: string) {
      return server.sharedRecipe(slug);
    },
    setTakes(takes: number) {
      store.dispatch({ type: "takesSet", takes: Math.min(4, Math.max(1, Math.round(takes))) });
    },
    focusEditor() {
      store.dispatch({ type: "editorFocusRequested" });
    },
    alert(message: string | null) {
      store.dispatch({ type: "alertSet", message });
    },
  };
}
