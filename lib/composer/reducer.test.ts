import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Recipe } from "@/lib/generations/recipe";
import { toWire } from "@/lib/prompt";
import type { TrayImage } from "@/lib/references/tray-image";
import { draftFromRecipe } from "./recipe-draft";
import { composerReducer } from "./reducer";
import { type ComposerState, emptyDraft, initialComposerState } from "./state";
import { createComposerStore } from "./store";

const ready = (id: string, name = `${id}.jpg`): TrayImage => ({
  id,
  name,
  status: "ready",
  progress: 100,
  ref: {
    assetId: `asset-${id}`,
    name,
    width: 800,
    height: 600,
    previewUrl: `/m/${id}`,
    upstreamUrl: `https://u/${id}`,
  },
});

function hydrated(patch: Partial<ReturnType<typeof emptyDraft>> = {}): ComposerState {
  return composerReducer(initialComposerState(), { type: "hydrated", draft: { ...emptyDraft("draft-1"), ...patch } });
}

const recipeArb: fc.Arbitrary<Recipe> = fc.integer({ min: 0, max: 7 }).chain((count) =>
  fc.record({
    prompt: fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.integer({ min: 0, max: 9 }).map((n) => `<<<image_${n}>>>`),
        ),
        {
          maxLength: 8,
        },
      )
      .map((parts) => parts.join("")),
    mode: fc.constantFrom("std" as const, "pro" as const),
    duration: fc.constantFrom(5 as const, 10 as const),
    aspectRatio: fc.constantFrom("16:9" as const, "9:16" as const, "1:1" as const),
    images: fc.constant(
      Array.from({ length: count }, (_, index) => ready(`r${index}`).ref as NonNullable<TrayImage["ref"]>),
    ),
    video: fc.constant(null),
  }),
);

describe("loading a recipe", () => {
  it("is one state change that brings every part of the recipe at once, chips bound to the images it brings", () => {
    fc.assert(
      fc.property(recipeArb, (recipe) => {
        const store = createComposerStore(
          hydrated({ doc: [{ kind: "chip", imageId: "old" }], images: [ready("old")] }),
        );
        const seen: ComposerState[] = [];
        store.subscribe((state) => seen.push(state));
        const ids = recipe.images.map((_, index) => `new-${index}`);
        const { draft, alert } = draftFromRecipe(recipe, { draftId: "draft-2", imageIds: ids });
        store.dispatch({ type: "draftReplaced", draft, alert });

        expect(seen).toHaveLength(1);
        const [state] = seen;
        if (!state) throw new Error("no state");
        const trayIds = state.draft.images.map((image) => image.id);
        expect(trayIds).toEqual(ids);
        const chips = state.draft.doc.flatMap((segment) => (segment.kind === "chip" ? [segment.imageId] : []));
        expect(chips.every((id) => trayIds.includes(id))).toBe(true);
        // Built back into a wire prompt, the loaded draft says what the recipe said (tokens in range only).
        const wire = toWire(
          state.draft.doc,
          state.draft.images.map((image) => ({ id: image.id, url: image.ref?.upstreamUrl })),
        );
        expect(wire.danglingImageIds).toEqual([]);
        expect(wire.imageUrls).toEqual(recipe.images.map((image) => image.upstreamUrl));
        expect(state.draft.settings).toEqual({
          mode: recipe.mode,
          duration: recipe.duration,
          aspectRatio: recipe.aspectRatio,
        });
        expect(state.docRevision).toBeGreaterThan(0);
      }),
    );
  });

  it("says which mentions of the recipe have no image", () => {
    const recipe: Recipe = {
      prompt: "<<<image_1>>> and <<<image_3>>>",
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
      images: [ready("a").ref as NonNullable<TrayImage["ref"]>],
      video: null,
    };
    expect(draftFromRecipe(recipe, { draftId: "d", imageIds: ["x"] }).alert).toBe(
      "This recipe mentions image 3, which is not available. Add the image or remove the mention.",
    );
  });
});

describe("the composer reducer", () => {
  it("hydrates once; a remix that came first is kept", () => {
    const remixed = composerReducer(initialComposerState(), {
      type: "draftReplaced",
      draft: { ...emptyDraft("draft-remix"), doc: [{ kind: "text", text: "remix" }] },
    });
    const late = composerReducer(remixed, { type: "hydrated", draft: emptyDraft("draft-stored") });
    expect(late).toBe(remixed);
    expect(late.hydrated).toBe(true);
  });

  it("ignores an edit from an editor built for an older document", () => {
    const state = hydrated({ doc: [{ kind: "text", text: "now" }] });
    const stale = composerReducer(state, {
      type: "docEdited",
      doc: [{ kind: "text", text: "from the old editor" }],
      revision: state.docRevision - 1,
    });
    expect(stale).toBe(state);
    const fresh = composerReducer(state, {
      type: "docEdited",
      doc: [{ kind: "text", text: "typed" }],
      revision: state.docRevision,
    });
    expect(fresh.draft.doc).toEqual([{ kind: "text", text: "typed" }]);
    // The editor already shows what it typed: no new revision, no rebuilt editor.
    expect(fresh.docRevision).toBe(state.docRevision);
  });

  it("removes an image with its chips as one change, and a new revision only when the document changed", () => {
    const state = hydrated({
      images: [ready("a"), ready("b")],
      doc: [
        { kind: "chip", imageId: "a" },
        { kind: "text", text: " and " },
        { kind: "chip", imageId: "b" },
      ],
    });
    const removed = composerReducer(state, { type: "imageRemoved", id: "a" });
    expect(removed.draft.images.map((image) => image.id)).toEqual(["b"]);
    expect(removed.draft.doc).toEqual([
      { kind: "text", text: " and " },
      { kind: "chip", imageId: "b" },
    ]);
    expect(removed.docRevision).toBe(state.docRevision + 1);

    const unmentioned = hydrated({ images: [ready("a"), ready("c")], doc: [{ kind: "chip", imageId: "a" }] });
    expect(composerReducer(unmentioned, { type: "imageRemoved", id: "c" }).docRevision).toBe(unmentioned.docRevision);

    const restored = composerReducer(removed, {
      type: "imageRestored",
      image: ready("a"),
      index: 0,
      doc: state.draft.doc,
    });
    expect(restored.draft.images.map((image) => image.id)).toEqual(["a", "b"]);
    expect(restored.draft.doc).toEqual(state.draft.doc);
  });

  it("answers of an abandoned video check change nothing", () => {
    const video = { url: "https://v/a.mp4", referType: "base" as const, keepOriginalSound: false };
    let state = composerReducer(hydrated(), { type: "videoCheckStarted", token: 1 });
    state = composerReducer(state, { type: "videoSet", video: null });
    expect(state.videoCheck.pending).toBeNull();
    expect(composerReducer(state, { type: "videoSet", token: 1, video })).toBe(state);
    expect(composerReducer(state, { type: "videoCheckFailed", token: 1, message: "late" })).toBe(state);

    state = composerReducer(state, { type: "videoCheckStarted", token: 2 });
    state = composerReducer(state, { type: "videoSet", token: 2, video });
    expect(state.draft.video).toEqual(video);
    expect(state.videoCheck).toEqual({ pending: null, error: null });
  });

  it("forgets 'already sent' with the first change to the draft", () => {
    const refused = composerReducer(hydrated(), { type: "repeatRefused" });
    expect(refused.repeatRefused).toBe(true);
    expect(composerReducer(refused, { type: "alertSet", message: "x" }).repeatRefused).toBe(true);
    expect(composerReducer(refused, { type: "settingsChanged", patch: { mode: "pro" } }).repeatRefused).toBe(false);
  });

  it("asks the editor of the current document, and only that one, to take focus", () => {
    const state = composerReducer(hydrated(), { type: "editorFocusRequested" });
    expect(state.editorFocus).toBe(state.docRevision);
    const next = composerReducer(state, { type: "draftReplaced", draft: emptyDraft("draft-3") });
    expect(next.editorFocus).not.toBe(next.docRevision);
  });

  it("keeps rejections to the latest five and dismisses one or all", () => {
    let state = hydrated();
    for (const n of [1, 2, 3, 4, 5, 6]) {
      state = composerReducer(state, { type: "imagesAdded", images: [], rejection: `r${n}` });
    }
    expect(state.rejections).toEqual(["r2", "r3", "r4", "r5", "r6"]);
    state = composerReducer(state, { type: "rejectionsDismissed", message: "r4" });
    expect(state.rejections).toEqual(["r2", "r3", "r5", "r6"]);
    expect(composerReducer(state, { type: "rejectionsDismissed" }).rejections).toEqual([]);
  });
});
