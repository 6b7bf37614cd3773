"use client";

import { useEffect, useId, useRef, useState } from "react";
import { searchLibrary } from "@/lib/library/merge";
import type { ImageRef } from "@/lib/references/image-ref";
import { useLibrary } from "./library-context";
import { LibraryItem } from "./library-item";

type Props = {
  /** Asset ids already in the tray (marked, and not added twice). */
  inTray: ReadonlySet<string>;
  onClose: () => void;
  /** After a pick: the new (or existing) tray id, or undefined when the tray was full (the tray says why). */
  onPicked?: (ref: ImageRef, trayId: string | undefined) => void;
};

/** "Add from library": a modal, searchable picker of every image the creator has added. */
export function LibraryDialog({ inTray, onClose, onPicked }: Props) {
  const library = useLibrary();
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const titleId = useId();
  const shown = searchLibrary(library.images, query);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function pick(ref: ImageRef) {
    const [trayId] = library.addToTray([ref]);
    onPicked?.(ref, trayId);
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(44rem,calc(100vw-1.5rem))] rounded-2xl bg-neutral-900 p-4 text-neutral-100 ring-1 ring-neutral-700 backdrop:bg-black/70"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id={titleId} className="text-base font-semibold">
          Your library
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md bg-neutral-800 px-2 py-1 text-sm hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          Close
        </button>
      </div>
      <input
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        // Enter in a search box inside the composer's form must not submit a generation.
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        aria-label="Search your library by name"
        placeholder="Search by name…"
        className="mb-3 w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      />
      {library.error ? (
        <p role="alert" className="text-sm text-red-300">
          {library.error}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className="py-6 text-center text-sm text-neutral-400">
          {library.images.length === 0
            ? "Your library is empty. Every image you add to the tray is kept here."
            : `No image named like “${query.trim()}”.`}
        </p>
      ) : (
        <ul aria-label="Library images" className="grid max-h-[60vh] grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-5">
          {shown.map((image) => (
            <LibraryItem
              key={image.assetId}
              image={image}
              inTray={inTray.has(image.assetId)}
              onPick={() => pick(image)}
            />
          ))}
        </ul>
      )}
    </dialog>
  );
}
