"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { checkReferenceVideo } from "@/app/actions/check-reference-video";
import { submitGeneration } from "@/app/actions/submit-generation";
import type { PromptEditorHandle } from "@/components/editor";
import { ImageTray } from "@/components/tray/image-tray";
import { useToast } from "@/components/ui/toaster";
import { type DraftImage, useDraft } from "@/hooks/use-draft";
import { useTray } from "@/hooks/use-tray";
import { settle } from "@/lib/actions/result";
import type { UpstreamTarget } from "@/lib/apimart/curl";
import { buildSubmitInput, previewRequest } from "@/lib/generations/build-recipe";
import { type Recipe, recipeSchema } from "@/lib/generations/recipe";
import { PROMPT_LIMIT, UNDO_WINDOW_MS } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import { readErrorBody } from "@/lib/http/error-body";
import { MAX_IMAGES, MAX_IMAGES_WITH_VIDEO } from "@/lib/images/limits";
import { analyzePrompt, type PromptDoc, parseWire, wireLength } from "@/lib/prompt";
import { readyRef, type TrayImage } from "@/lib/references/tray-image";
import { PromptField } from "./prompt-field";
import { PromptWarnings } from "./prompt-warnings";
import { ReferenceVideo } from "./reference-video";
import { SettingsControls } from "./settings-controls";
import { WirePreview } from "./wire-preview";

/** What the rest of the studio can ask of the composer. A gallery card and a share link both hand over a `Recipe`. */
export type ComposerApi = { remix: (recipe: Recipe) => void; setVideoFromUrl: (url: string) => void };

function remapChips(doc: PromptDoc, ids: Map<string, string>): PromptDoc {
  return doc.map((segment) =>
    segment.kind === "chip" ? { kind: "chip", imageId: ids.get(segment.imageId) ?? segment.imageId } : segment,
  );
}

/** Images, prompt and settings. A failed submit keeps everything; a successful one keeps it for the next take. */
export function Composer({
  onSubmitted,
  remixRef,
  upstream,
}: {
  onSubmitted: (generation: GenerationView) => void;
  remixRef: React.RefObject<ComposerApi | null>;
  /** Where submits go (for the curl command); never the key. */
  upstream: UpstreamTarget;
}) {
  const { draft, initial, update, renew } = useDraft();
  const tray = useTray({ maxImages: draft.video ? MAX_IMAGES_WITH_VIDEO : MAX_IMAGES });
  const editor = useRef<PromptEditorHandle>(null);
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, startSubmit] = useTransition();
  const [initialDoc, setInitialDoc] = useState<PromptDoc | null>(null);

  // Once: bring back the tray and the prompt of the stored draft, chips re-bound to the restored images.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the stored draft has been read.
  useEffect(() => {
    if (!initial || initialDoc) return;
    const restoredIds = tray.addRefs(initial.images.map((image) => image.ref));
    const ids = new Map(initial.images.map((image, index) => [image.trayId, restoredIds[index] ?? image.trayId]));
    setInitialDoc(remapChips(initial.doc, ids));
  }, [initial]);

  // Keep the uploaded images in the draft so a reload restores them.
  useEffect(() => {
    if (!initialDoc) return;
    const images: DraftImage[] = tray.images.flatMap((image) => {
      const ref = readyRef(image);
      return ref ? [{ trayId: image.id, ref }] : [];
    });
    update({ images });
  }, [tray.images, initialDoc, update]);

  const loadRecipe = useCallback(
    (recipe: Recipe) => {
      tray.clear();
      const ids = tray.addRefs(recipe.images);
      const { doc, unknownTokens } = parseWire(recipe.prompt, ids);
      editor.current?.setDocument(doc);
      update({
        doc,
        mode: recipe.mode,
        duration: recipe.duration,
        aspectRatio: recipe.aspectRatio,
        video: recipe.video,
      });
      renew();
      setError(
        unknownTokens.length > 0
          ? `This recipe mentions ${unknownTokens.map((n) => `image ${n}`).join(", ")}, which ${unknownTokens.length === 1 ? "is" : "are"} not available. Add the image or remove the mention.`
          : null,
      );
      editor.current?.focus();
      toast({ message: "Recipe loaded into the composer." });
    },
    [tray, update, renew, toast],
  );
  const setVideoFromUrl = useCallback(
    (url: string) => {
      setError(null);
      void settle(checkReferenceVideo({ url, referType: "base" })).then((result) => {
        if (!result.ok) return setError(result.error.message);
        update({ video: { url, referType: "base", keepOriginalSound: false, check: result.data } });
        toast({ message: "Video set as the clip to edit." });
      });
    },
    [update, toast],
  );
  remixRef.current = { remix: loadRecipe, setVideoFromUrl };

  // "Remix in O1 Studio" from a share page arrives as ?remix=<slug>.
  useEffect(() => {
    if (!initialDoc) return;
    const slug = new URLSearchParams(window.location.search).get("remix");
    if (!slug) return;
    window.history.replaceState(null, "", window.location.pathname);
    void fetch(`/api/shares/${encodeURIComponent(slug)}/recipe`)
      .then(async (response) => {
        const body: unknown = await response.json();
        const recipe = recipeSchema.safeParse(body);
        if (recipe.success) return loadRecipe(recipe.data);
        setError(readErrorBody(body)?.message ?? "That shared recipe is no longer available.");
      })
      .catch(() => setError("That shared recipe is no longer available."));
  }, [initialDoc, loadRecipe]);

  const refs = useMemo(
    () => tray.images.map((image) => ({ id: image.id, url: readyRef(image)?.upstreamUrl })),
    [tray.images],
  );
  const length = wireLength(draft.doc, refs);
  const warnings = analyzePrompt(draft.doc, refs);
  const draftInput = {
    draftId: draft.draftId,
    doc: draft.doc,
    images: tray.images,
    mode: draft.mode,
    duration: draft.duration,
    aspectRatio: draft.aspectRatio,
    video: draft.video,
  };
  const baseSeconds = draft.video?.referType === "base" ? draft.video.check?.durationSeconds : undefined;
  const empty = warnings.some((warning) => warning.kind === "empty");

  function submit() {
    if (isSubmitting || !initialDoc) return;
    const built = buildSubmitInput(draftInput);
    if (!built.ok) {
      setError(built.message);
      return;
    }
    setError(null);
    startSubmit(async () => {
      const outcome = await settle(
        submitGeneration(built.input),
        "Could not reach O1 Studio's server. Your draft is kept; try again.",
      );
      if (!outcome.ok) return setError(outcome.error.message);
      onSubmitted(outcome.data.generation);
      renew();
    });
  }

  function onRemoveImage({ image, index }: { image: TrayImage; index: number }) {
    const before = editor.current?.getDocument() ?? draft.doc;
    const removedChips = editor.current?.removeChipsFor(image.id) ?? 0;
    toast({
      message: `Removed image ${index + 1} (${image.name})${removedChips > 0 ? ` and its ${removedChips === 1 ? "mention" : `${removedChips} mentions`}` : ""}.`,
      durationMs: UNDO_WINDOW_MS,
      action: {
        label: "Undo",
        run: () => {
          tray.restore(image, index);
          editor.current?.setDocument(before);
          update({ doc: before });
        },
      },
    });
  }

  return (
    <form
      aria-label="Composer"
      className="space-y-4 rounded-2xl bg-neutral-900/60 p-4 ring-1 ring-neutral-800 sm:p-6"
      onPaste={tray.handlePaste}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <ImageTray tray={tray} onInsert={(id) => editor.current?.insertChip(id)} onRemove={onRemoveImage} />
      {initialDoc ? (
        <PromptField
          ref={editor}
          length={length}
          limit={PROMPT_LIMIT}
          images={tray.images}
          initialDocument={initialDoc}
          onChange={(doc) => update({ doc })}
          onFilesDropped={tray.addFiles}
          onSubmitShortcut={submit}
          onPasteIssues={(message) => toast({ message, tone: "error" })}
          placeholder="A slow dolly shot through a neon-lit alley in the rain… Type @ to mention an image."
        />
      ) : (
        <div className="h-40 animate-pulse rounded-xl bg-neutral-950 ring-1 ring-neutral-800" aria-hidden="true" />
      )}
      <ReferenceVideo
        key={draft.video?.url ?? "none"}
        video={draft.video}
        onChange={(next) => update({ video: next })}
      />
      <PromptWarnings warnings={warnings} images={tray.images} />
      <SettingsControls
        mode={draft.mode}
        duration={draft.duration}
        aspectRatio={draft.aspectRatio}
        onChange={update}
        disabled={isSubmitting}
        durationNote={
          draft.video?.referType === "base"
            ? `Follows the video you edit${baseSeconds ? ` (${baseSeconds.toFixed(1)} s)` : ""}.`
            : undefined
        }
      />
      <WirePreview body={previewRequest(draftInput)} upstream={upstream} />
      {error ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          {error}
        </p>
      ) : null}
      <div className="flex items-center justify-end gap-3">
        <p className="mr-auto text-xs text-neutral-500">Ctrl+Enter (⌘+Enter on a Mac) generates.</p>
        <button
          type="submit"
          disabled={isSubmitting || !initialDoc || empty || length > PROMPT_LIMIT}
          aria-busy={isSubmitting}
          className="rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 transition hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:ring-offset-2 focus-visible:ring-offset-neutral-950 disabled:cursor-not-allowed disabled:bg-neutral-700 disabled:text-neutral-400"
        >
          {isSubmitting ? "Submitting…" : "Generate"}
        </button>
      </div>
    </form>
  );
}
