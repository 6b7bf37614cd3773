"use client";

import { useLayoutEffect, useMemo, useState } from "react";
import { useCapabilities } from "@/components/capabilities";
import { useToast } from "@/components/ui/toaster";
import { type ComposerActions, ComposerContext } from "@/hooks/composer-context";
import { useDraftPersistence } from "@/hooks/use-draft-persistence";
import { type ComposerDeps, createComposer } from "@/lib/composer/create-composer";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader } from "@/lib/images/xhr-upload";
import { addFilesOrRecipes } from "./recipe-drop";

// The picture decoder and the uploader arrive with the first image, not in the studio's first-load JS.
const canvasDecoder: ImageDecoder = async (file) => (await import("@/lib/images/canvas-decoder")).canvasDecoder(file);
const xhrUpload: Uploader = async (input, onProgress, signal) =>
  (await import("@/lib/images/xhr-upload")).xhrUpload(input, onProgress, signal);

type Props = Omit<ComposerDeps, "decode" | "upload"> &
  Partial<Pick<ComposerDeps, "decode" | "upload">> & {
    /** A submit went through: the gallery shows its card. */
    onSubmitted: (generation: GenerationView) => void;
    children: React.ReactNode;
  };

function removedMessage(index: number, name: string, chips: number): string {
  const mentions = chips === 0 ? "" : ` and its ${chips === 1 ? "mention" : `${chips} mentions`}`;
  return `Removed image ${index + 1} (${name})${mentions}.`;
}

/**
 * Owns the composer for the page: one store (draft, tray, video, submit state), its upload pipeline and its
 * persistence. Everything else, the gallery included, reaches it through useComposerActions/useComposerState.
 */
export function ComposerProvider({
  onSubmitted,
  decode = canvasDecoder,
  upload = xhrUpload,
  children,
  ...deps
}: Props) {
  // Created once: the deps are the page's wiring, not state.
  const capabilities = useCapabilities();
  const [composer] = useState(() => createComposer({ limits: capabilities, ...deps, decode, upload }));
  const toast = useToast();
  useLayoutEffect(() => composer.pipeline.attach(), [composer]);
  useDraftPersistence(composer);

  const actions = useMemo<ComposerActions>(() => {
    const { commands } = composer;
    return {
      ...commands,
      // A downloaded O1 Studio MP4 dropped here brings its recipe back (components/composer/recipe-drop.ts).
      addFiles: (files) => addFilesOrRecipes(files, { commands, toast }),
      handlePaste: (event, data) =>
        commands.handlePaste(event, data, (files) => addFilesOrRecipes(files, { commands, toast })),
      remix(recipe) {
        const { undo } = commands.loadRecipe(recipe);
        // The creator pressed Remix on a card far below: take them to what changed.
        commands.focusEditor();
        if (!undo) return toast({ message: "Recipe loaded into the composer." });
        toast({
          message: "Recipe loaded into the composer; your previous draft was replaced.",
          durationMs: UNDO_WINDOW_MS,
          action: {
            label: "Undo",
            run: () => {
              undo();
              toast({ message: "Your previous draft is back." });
            },
          },
        });
      },
      removeImage(id) {
        const removed = commands.removeImage(id);
        if (removed) {
          toast({
            message: removedMessage(removed.index, removed.image.name, removed.removedChips),
            durationMs: UNDO_WINDOW_MS,
            action: { label: "Undo", run: removed.undo },
          });
        }
        return removed;
      },
      async setVideoFromResult(generationId, referType) {
        const applied = await commands.setVideoFromResult(generationId, referType);
        const error = composer.store.getState().videoCheck.error;
        if (applied) {
          toast({
            message: referType === "base" ? "Video set as the clip to edit." : "Video set as the motion reference.",
          });
        } else if (error) {
          toast({ message: error, tone: "error" });
        }
      },
      async submit(options) {
        const outcome = await commands.submit(options);
        if (outcome.kind === "sent") onSubmitted(outcome.generation);
        if (outcome.kind === "sent-takes") {
          for (const generation of outcome.generations) onSubmitted(generation);
          const sent = outcome.generations.length;
          if (outcome.stopped)
            toast({
              message: `${sent} of ${outcome.takes} takes sent; the rest were not: ${outcome.stopped}`,
              tone: "error",
            });
        }
      },
    };
  }, [composer, toast, onSubmitted]);

  const value = useMemo(() => ({ composer, actions }), [composer, actions]);
  return <ComposerContext.Provider value={value}>{children}</ComposerContext.Provider>;
}
