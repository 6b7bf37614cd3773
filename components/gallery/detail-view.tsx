"use client";

import { useEffect, useRef } from "react";
import { PromptWithChips } from "@/components/prompt/prompt-with-chips";
import { promptLabel } from "@/lib/generations/prompt-label";
import type { GenerationView } from "@/lib/generations/view";
import { CardActions, type CardHandlers } from "./card-actions";
import { SettingsFacts } from "./settings-facts";
import { TaskId } from "./task-id";
import { TileMedia } from "./tile-media";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" });
const navClass =
  "rounded-lg px-3 py-2 text-sm text-neutral-200 ring-1 ring-neutral-700 hover:bg-neutral-800 disabled:opacity-40 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400";

export type DetailNav = { onNewer?: () => void; onOlder?: () => void; onClose: () => void };

/**
 * One result on its own: the player, the whole recipe with its images, and every action. A modal <dialog>
 * (the page behind is inert and focus stays inside); ←/→ move between results, Esc closes.
 */
export function DetailView({
  generation,
  state,
  nav,
  handlers,
}: {
  generation: GenerationView | null;
  state: "ready" | "loading" | "missing";
  nav: DetailNav;
  handlers: CardHandlers;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // On the window, not the dialog: when a nav button turns disabled at the end of the list, focus falls to the
  // page body and the keys must still work.
  const { onNewer, onOlder } = nav;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Arrow keys keep their meaning in fields and on the player's own controls.
      if (target?.closest("input, textarea, video") || event.altKey || event.metaKey || event.ctrlKey) return;
      const go = event.key === "ArrowLeft" ? onNewer : event.key === "ArrowRight" ? onOlder : undefined;
      if (!go) return;
      event.preventDefault();
      go();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onNewer, onOlder]);

  const title = generation ? `Video: ${promptLabel(generation.prompt, generation.images, 60)}` : "Video";
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        nav.onClose();
      }}
      className="m-0 h-full max-h-none w-full max-w-none bg-neutral-950 p-0 text-neutral-100 backdrop:bg-black/80"
    >
      <div className="mx-auto flex min-h-full max-w-6xl flex-col gap-4 p-4 sm:p-6">
        <div className="flex items-center justify-between gap-2">
          <div className="flex gap-2">
            <button type="button" className={navClass} onClick={nav.onNewer} disabled={!nav.onNewer}>
              ← Newer
            </button>
            <button type="button" className={navClass} onClick={nav.onOlder} disabled={!nav.onOlder}>
              Older →
            </button>
          </div>
          <p className="hidden text-xs text-neutral-400 pointer-fine:sm:block">← → between videos · Esc closes</p>
          <button type="button" className={navClass} onClick={nav.onClose}>
            Close
          </button>
        </div>
        {generation ? (
          <DetailBody key={generation.id} generation={generation} handlers={handlers} />
        ) : (
          <p className="py-16 text-center text-sm text-neutral-300">
            {state === "missing" ? "This video is not here any more: it may have been deleted." : "Loading the video…"}
          </p>
        )}
      </div>
    </dialog>
  );
}

function DetailBody({ generation, handlers }: { generation: GenerationView; handlers: CardHandlers }) {
  const images = generation.images.map((image) => ({ src: image.previewUrl, name: image.name }));
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="flex max-h-[75vh] min-h-64 items-center justify-center overflow-hidden rounded-2xl bg-black ring-1 ring-neutral-800">
        <TileMedia generation={generation} player="playing" onPlay={() => {}} onPreview={() => {}} />
      </div>
      <div className="space-y-4">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-neutral-400">Recipe</h2>
        <PromptWithChips prompt={generation.prompt} images={images} className="text-base leading-relaxed" />
        {generation.images.length > 0 ? (
          <ul aria-label="Reference images" className="flex flex-wrap gap-2">
            {generation.images.map((image, index) => (
              <li key={image.assetId} className="w-20 space-y-1 text-xs text-neutral-400">
                <img
                  src={image.previewUrl}
                  alt=""
                  width={image.width}
                  height={image.height}
                  className="aspect-square w-20 rounded-lg object-cover ring-1 ring-neutral-800"
                />
                <span className="block truncate" title={image.name}>
                  {index + 1}: {image.name}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <SettingsFacts generation={generation} className="text-neutral-300" />
        <p className="text-xs text-neutral-400">
          Made{" "}
          <time dateTime={new Date(generation.createdAt).toISOString()}>{timeFormat.format(generation.createdAt)}</time>
        </p>
        {generation.taskId ? <TaskId taskId={generation.taskId} /> : null}
        <CardActions generation={generation} handlers={handlers} />
      </div>
    </div>
  );
}
