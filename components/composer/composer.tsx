"use client";

import { useRef, useState, useTransition } from "react";
import { submitGeneration } from "@/app/actions/submit-generation";
import { useDraft } from "@/hooks/use-draft";
import { PROMPT_LIMIT } from "@/lib/generations/recipe";
import type { GenerationView } from "@/lib/generations/view";
import { SettingsControls } from "./settings-controls";

/** Prompt and settings. A failed submit keeps everything; a successful one keeps the words for the next take. */
export function Composer({
  onSubmitted,
  remixRef,
}: {
  onSubmitted: (generation: GenerationView) => void;
  remixRef: React.RefObject<((generation: GenerationView) => void) | null>;
}) {
  const { draft, loaded, update, renew } = useDraft();
  const promptBox = useRef<HTMLTextAreaElement>(null);
  // Remix puts a past recipe back into the composer.
  remixRef.current = (generation) => {
    update({
      prompt: generation.prompt,
      mode: generation.mode,
      duration: generation.duration,
      aspectRatio: generation.aspectRatio,
    });
    setError(null);
    promptBox.current?.focus();
    promptBox.current?.scrollIntoView({ behavior: "smooth", block: "center" });
  };
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, startSubmit] = useTransition();
  const length = draft.prompt.length;
  const overLimit = length > PROMPT_LIMIT;
  const canSubmit = loaded && !isSubmitting && draft.prompt.trim().length > 0 && !overLimit;

  function submit() {
    if (!canSubmit) return;
    setError(null);
    startSubmit(async () => {
      try {
        const outcome = await submitGeneration({
          draftId: draft.draftId,
          prompt: draft.prompt,
          mode: draft.mode,
          duration: draft.duration,
          aspectRatio: draft.aspectRatio,
        });
        if (outcome.ok) {
          onSubmitted(outcome.generation);
          renew();
        } else {
          setError(outcome.message);
        }
      } catch {
        setError("Could not reach O1 Studio's server. Your draft is kept; try again.");
      }
    });
  }

  return (
    <form
      aria-label="Composer"
      className="space-y-4 rounded-2xl bg-neutral-900/60 p-4 ring-1 ring-neutral-800 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div>
        <div className="mb-1.5 flex items-baseline justify-between">
          <label htmlFor="prompt" className="text-sm font-medium text-neutral-200">
            Prompt
          </label>
          <span
            id="prompt-count"
            className={`text-xs tabular-nums ${overLimit ? "text-red-400" : "text-neutral-500"}`}
            aria-live="polite"
          >
            {length} / {PROMPT_LIMIT}
          </span>
        </div>
        <textarea
          id="prompt"
          ref={promptBox}
          value={draft.prompt}
          onChange={(event) => update({ prompt: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              submit();
            }
          }}
          rows={5}
          aria-describedby="prompt-count prompt-help"
          placeholder="A slow dolly shot through a neon-lit alley in the rain…"
          className="block w-full resize-y rounded-xl bg-neutral-950 p-3 text-base leading-relaxed text-neutral-100 ring-1 ring-neutral-800 placeholder:text-neutral-600 focus:outline-none focus:ring-2 focus:ring-sky-500"
        />
        <p id="prompt-help" className="mt-1 text-xs text-neutral-500">
          Ctrl+Enter (⌘+Enter on a Mac) generates.
        </p>
      </div>
      <SettingsControls
        mode={draft.mode}
        duration={draft.duration}
        aspectRatio={draft.aspectRatio}
        onChange={update}
        disabled={isSubmitting}
      />
      {error ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          {error}
        </p>
      ) : null}
      {overLimit ? (
        <p className="text-sm text-red-300">
          The prompt is {length - PROMPT_LIMIT} characters over the {PROMPT_LIMIT}-character limit.
        </p>
      ) : null}
      <div className="flex items-center justify-end gap-3">
        <button
          type="submit"
          disabled={!canSubmit}
          aria-busy={isSubmitting}
          className="rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 transition hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:ring-offset-2 focus-visible:ring-offset-neutral-950 disabled:cursor-not-allowed disabled:bg-neutral-700 disabled:text-neutral-400"
        >
          {isSubmitting ? "Submitting…" : "Generate"}
        </button>
      </div>
    </form>
  );
}
