"use client";

import { useEffect, useId, useRef, useState } from "react";
import { PanelSearch } from "@/components/ui/panel-search";
import { searchLibrary } from "@/lib/library/merge";
import type { ImageRef } from "@/lib/references/image-ref";
import { useLibrary } from "./library-context";
import { LibraryItem } from "./library-item";

type Props = {
  id?: string;
  /** Asset ids already in the tray (marked, and not added twice). */
  inTray: ReadonlySet<string>;
  onClose: () => void;
  /** After a pick: the new (or existing) tray id, or undefined when the tray was full (the tray says why). */
  onPicked?: (ref: ImageRef, trayId: string | undefined) => void;
};

/**
 * "Add from library": a searchable picker of every image the creator has added. Not modal: a modal dialog makes
 * the page behind it inert, and its images are meant to be dragged onto the tray or into the prompt. It is a
 * manual popover so it sits in the top layer (the sticky composer column is a stacking context that would trap a
 * z-indexed panel under the feed), beside the composer on wide screens and as a bottom sheet on phones. Only
 * Escape and Close close it: it must stay open while an image is being dragged out of it.
 */
export function LibraryPanel({ id, inTray, onClose, onPicked }: Props) {
  const library = useLibrary();
  const panel = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const titleId = useId();
  const hintId = useId();
  const shown = searchLibrary(library.images, query);
  const { lookup } = library;
  useEffect(() => lookup(query), [lookup, query]);

  useEffect(() => {
    const element = panel.current;
    // Without the Popover API (older browsers) it is still a fixed panel, under the top layer but above the page.
    if (element && typeof element.showPopover === "function" && !element.matches(":popover-open")) {
      element.showPopover();
    }
    search.current?.focus();
  }, []);

  function pick(ref: ImageRef) {
    const [trayId] = library.addToTray([ref]);
    onPicked?.(ref, trayId);
    onClose();
  }

  return (
    <div
      ref={panel}
      id={id}
      popover="manual"
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      onKeyDown={(event) => {
        // A rename in progress takes its own Escape (and stops it) before it gets here.
        if (event.key !== "Escape" || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
      className="fixed inset-x-0 bottom-0 top-auto z-50 m-0 flex h-auto max-h-[45dvh] w-full flex-col overflow-hidden rounded-t-2xl bg-neutral-900 p-4 pb-[max(1rem,env(safe-area-inset-bottom))] text-neutral-100 shadow-2xl shadow-black ring-1 ring-neutral-700 lg:inset-x-auto lg:bottom-auto lg:right-4 lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:w-[min(40rem,calc(58vw-2rem))] lg:rounded-2xl lg:pb-4"
    >
      <div className="mb-2 flex items-center justify-between gap-3">
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
      <p id={hintId} className="mb-2 text-xs text-neutral-400">
        Choose an image to add it to the tray, or drag it onto the tray or into the prompt.
      </p>
      <PanelSearch
        inputRef={search}
        value={query}
        onChange={setQuery}
        label="Search your library by name"
        placeholder="Search by name…"
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
            : library.searching
              ? "Searching your whole library…"
              : `No image named like “${query.trim()}”.`}
        </p>
      ) : (
        <>
          {!library.complete && query.trim() === "" ? (
            <p className="mb-2 text-xs text-neutral-400">
              Your most recently used images; search by name to find older ones.
            </p>
          ) : null}
          <ul
            aria-label="Library images"
            className="grid min-h-0 flex-1 grid-cols-3 content-start gap-2 overflow-y-auto sm:grid-cols-5"
          >
            {shown.map((image) => (
              <LibraryItem
                key={image.assetId}
                image={image}
                inTray={inTray.has(image.assetId)}
                onPick={() => pick(image)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
