"use client";

import { useRef, useState } from "react";
import { setLibraryDragData } from "@/lib/images/drag-data";
import type { ImageRef } from "@/lib/references/image-ref";
import { useLibrary } from "./library-context";
import { RenameField } from "./rename-field";

type Confirming = { generations: number } | null;

/** What deleting says first: the results that used the image keep working, but the creator should know. */
export function deleteWarning(name: string, generations: number): string {
  if (generations === 0) return `Delete “${name}” from your library? No generation uses it.`;
  const used = generations === 1 ? "1 generation uses it" : `${generations} generations use it`;
  return `Delete “${name}” from your library? ${used}; their videos and recipes keep working.`;
}

/** One library image: Add (to the tray: choose it or drag it), Rename, Delete with a warning. */
export function LibraryItem({ image, inTray, onPick }: { image: ImageRef; inTray: boolean; onPick: () => void }) {
  const library = useLibrary();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [error, setError] = useState<string | null>(null);
  const thumbnail = useRef<HTMLImageElement>(null);

  async function askDelete() {
    setError(null);
    const usage = await library.usage(image.assetId);
    if ("error" in usage) setError(usage.error);
    else setConfirming(usage);
  }

  async function confirmDelete() {
    const problem = await library.remove(image.assetId);
    if (problem) setError(problem);
    setConfirming(null);
  }

  return (
    <li className="flex flex-col gap-1 rounded-lg bg-neutral-950 p-1.5 ring-1 ring-neutral-800">
      {/*
        Not a <button>: Firefox starts no drag from one. Click, Enter and Space add it, as the button did; dragging is
        the pointer's extra, onto the tray or into the prompt.
      */}
      {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot be dragged in Firefox. */}
      <div
        role="button"
        tabIndex={0}
        draggable
        onClick={onPick}
        onKeyDown={(event) => {
          if (event.key !== "Enter" && event.key !== " ") return;
          // Space would scroll the list; Enter would submit the composer's form around the panel.
          event.preventDefault();
          onPick();
        }}
        onDragStart={(event) => {
          setLibraryDragData(event.dataTransfer, image);
          if (thumbnail.current) {
            const { width, height } = thumbnail.current;
            event.dataTransfer.setDragImage(thumbnail.current, width / 2, height / 2);
          }
        }}
        aria-label={inTray ? `${image.name} (already in the tray)` : `Add ${image.name} to the tray`}
        title="Choose to add, or drag onto the tray or into the prompt"
        className="relative aspect-square cursor-grab overflow-hidden rounded-md bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 active:cursor-grabbing"
      >
        <img ref={thumbnail} src={image.previewUrl} alt="" className="h-full w-full object-cover" draggable={false} />
        {inTray ? (
          <span className="absolute inset-x-0 bottom-0 bg-neutral-950/80 py-0.5 text-center text-[11px] text-sky-200">
            In the tray
          </span>
        ) : null}
      </div>
      <RenameField assetId={image.assetId} name={image.name} label={image.name} className="text-xs text-neutral-200" />
      {confirming ? (
        <div role="alertdialog" aria-label={`Delete ${image.name}?`} className="space-y-1 text-[11px] text-amber-200">
          <p>{deleteWarning(image.name, confirming.generations)}</p>
          <div className="flex gap-1">
            <button
              type="button"
              onClick={() => void confirmDelete()}
              className="rounded bg-red-700 px-2 py-0.5 text-white hover:bg-red-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              Delete
            </button>
            <button
              type="button"
              onClick={() => setConfirming(null)}
              className="rounded bg-neutral-800 px-2 py-0.5 text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
            >
              Keep
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => void askDelete()}
          aria-label={`Delete ${image.name} from the library`}
          className="self-start rounded px-1 text-[11px] text-neutral-400 hover:bg-neutral-800 hover:text-red-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          Delete
        </button>
      )}
      {error ? (
        <p role="alert" className="text-[11px] text-red-300">
          {error}
        </p>
      ) : null}
    </li>
  );
}
