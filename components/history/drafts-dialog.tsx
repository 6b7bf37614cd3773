"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useToast } from "@/components/ui/toaster";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { newId } from "@/lib/composer/object-urls";
import { parseStoredDraft, serializeDraft } from "@/lib/composer/persistence";
import { emptyDraft } from "@/lib/composer/state";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import { type KeptDraft, withKept, withoutKept } from "@/lib/library/kept-drafts";
import { useKeptDrafts } from "./use-kept-drafts";

const button =
  "rounded-md bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500";

/**
 * Named drafts, kept in this browser: keep the current one under a name, open another (the current one can be
 * brought back with Undo), start a new one. Their images live in the creator's library on the server.
 */
export function DraftsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { draft } = useComposerState();
  const actions = useComposerActions();
  const toast = useToast();
  const kept = useKeptDrafts();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function keep() {
    const trimmed = name.trim();
    if (!trimmed) return setError("Give the draft a name first.");
    const saved = kept.update((list) =>
      withKept(list, { name: trimmed, savedAt: Date.now(), draft: serializeDraft(draft) }),
    );
    if (!saved) return setError("This browser refused to store the draft (private mode or full storage).");
    setError(null);
    setName("");
    toast({ message: `Draft “${trimmed}” kept.` });
  }

  function open(next: ReturnType<typeof emptyDraft>, message: string) {
    const { undo } = actions.loadDraft(next);
    onClose();
    toast({
      message,
      durationMs: undo ? UNDO_WINDOW_MS : undefined,
      action: undo ? { label: "Undo", run: undo } : undefined,
    });
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(32rem,calc(100vw-1.5rem))] rounded-2xl bg-neutral-900 p-4 text-neutral-100 ring-1 ring-neutral-700 backdrop:bg-black/70"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={titleId} className="text-base font-semibold">
          Drafts
        </h2>
        <div className="flex gap-2">
          <button type="button" className={button} onClick={() => open(emptyDraft(newId()), "New draft.")}>
            New draft
          </button>
          <button type="button" className={button} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <div className="mb-3 flex gap-2">
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              keep();
            }
          }}
          maxLength={100}
          aria-label="Name for the current draft"
          placeholder="Name this draft…"
          className="min-w-0 flex-1 rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        />
        <button type="button" className={button} onClick={keep}>
          Keep current draft
        </button>
      </div>
      {error ? (
        <p role="alert" className="mb-2 text-sm text-red-300">
          {error}
        </p>
      ) : null}
      {kept.list.length === 0 ? (
        <p className="py-4 text-center text-sm text-neutral-400">No kept drafts yet.</p>
      ) : (
        <ul aria-label="Kept drafts" className="max-h-[50vh] space-y-1 overflow-y-auto">
          {kept.list.map((item: KeptDraft) => (
            <li
              key={item.name}
              className="flex items-center gap-2 rounded-lg bg-neutral-950 px-3 py-2 ring-1 ring-neutral-800"
            >
              <span className="min-w-0 flex-1 truncate text-sm">{item.name}</span>
              <span className="text-xs text-neutral-400">{new Date(item.savedAt).toLocaleString()}</span>
              <button
                type="button"
                className={button}
                aria-label={`Open draft ${item.name}`}
                onClick={() => open(parseStoredDraft(item.draft, newId), `Draft “${item.name}” opened.`)}
              >
                Open
              </button>
              <button
                type="button"
                className={button}
                aria-label={`Delete draft ${item.name}`}
                onClick={() => kept.update((list) => withoutKept(list, item.name))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
