"use client";

import { useEffect, useRef, useState } from "react";
import { useLibrary } from "./library-context";

type Props = {
  assetId: string;
  name: string;
  /** Says which image in the accessible names: "image 2: red-car". */
  label: string;
  className?: string;
};

/**
 * An image's name with a Rename button; renaming edits it in place (Enter saves, Escape cancels; nothing is saved on blur, so a click elsewhere never renames by accident). The name is the
 * library's: saving renames it there, and every chip and tray image of it follows.
 */
export function RenameField({ assetId, name, label, className }: Props) {
  const library = useLibrary();
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  function close() {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => button.current?.focus());
  }

  async function save() {
    if (typed.trim() === name) return close();
    setSaving(true);
    const problem = await library.rename(assetId, typed);
    setSaving(false);
    if (problem) setError(problem);
    else close();
  }

  if (!editing) {
    return (
      <div className={`flex min-w-0 items-center gap-1 ${className ?? ""}`}>
        <span className="truncate" title={name}>
          {name}
        </span>
        <button
          ref={button}
          type="button"
          aria-label={`Rename ${label}`}
          title="Rename"
          onClick={() => {
            setTyped(name);
            setEditing(true);
          }}
          className="shrink-0 rounded px-1 text-neutral-400 hover:bg-neutral-800 hover:text-neutral-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          ✎
        </button>
      </div>
    );
  }
  return (
    <div className={className}>
      <input
        ref={input}
        value={typed}
        aria-label={`New name for ${label}`}
        aria-invalid={error ? true : undefined}
        disabled={saving}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={(event) => {
          // Inside the composer's form: Enter must rename, not submit a generation.
          if (event.key === "Enter") {
            event.preventDefault();
            void save();
          } else if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            close();
          }
        }}
        className="w-full rounded border border-neutral-600 bg-neutral-950 px-1 py-0.5 text-xs text-neutral-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      />
      {error ? (
        <p role="alert" className="mt-0.5 text-[11px] leading-snug text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
