"use client";

import { useEffect, useId, useRef, useState } from "react";
import { PanelSearch } from "@/components/ui/panel-search";
import { promptLabel } from "@/lib/generations/prompt-label";
import type { GenerationView } from "@/lib/generations/view";
import { useHistory } from "./use-history";

function when(createdAt: number): string {
  return new Date(createdAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Every prompt the creator sent, searchable; picking one restores it whole (chips, images, settings). */
export function HistoryDialog({ onPick, onClose }: { onPick: (entry: GenerationView) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const history = useHistory(query);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Search as the creator types, once they pause (every keystroke would be a request).
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-2xl bg-neutral-900 p-4 text-neutral-100 ring-1 ring-neutral-700 backdrop:bg-black/70"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={titleId} className="text-base font-semibold">
          Prompt history
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md bg-neutral-800 px-2 py-1 text-sm hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          Close
        </button>
      </div>
      <PanelSearch
        value={typed}
        onChange={setTyped}
        label="Search your sent prompts"
        placeholder="Search words or image names…"
      />
      {history.error ? (
        <p role="alert" className="text-sm text-red-300">
          {history.error}
        </p>
      ) : null}
      {!history.loading && !history.error && history.entries.length === 0 ? (
        <p className="py-6 text-center text-sm text-neutral-400">
          {query.trim() ? `No sent prompt matches “${query.trim()}”.` : "Nothing sent yet."}
        </p>
      ) : null}
      <ul aria-label="Sent prompts" aria-busy={history.loading} className="max-h-[60vh] space-y-1 overflow-y-auto">
        {history.entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              onClick={() => onPick(entry)}
              className="w-full rounded-lg bg-neutral-950 px-3 py-2 text-left text-sm ring-1 ring-neutral-800 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              <span className="block">{promptLabel(entry.prompt, entry.images, 160)}</span>
              <span className="mt-0.5 block text-xs text-neutral-400">
                {when(entry.createdAt)} · {entry.mode === "pro" ? "Pro" : "Standard"} · {entry.duration} s ·{" "}
                {entry.aspectRatio} · {entry.images.length} image{entry.images.length === 1 ? "" : "s"}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
