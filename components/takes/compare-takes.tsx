"use client";

import { useEffect, useRef } from "react";
import type { CardHandlers } from "@/components/gallery/card-actions";
import { useSyncedPlayers } from "@/hooks/use-synced-players";
import { promptLabel } from "@/lib/generations/prompt-label";
import type { GenerationView } from "@/lib/generations/view";
import { TakeTile } from "./take-tile";

const control =
  "pointer-coarse:min-h-11 rounded-lg px-3 py-1.5 text-sm font-medium text-neutral-200 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-50";

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/**
 * The takes of one recipe side by side, played together (one play, pause and position for all), each with its
 * star and "keep this one, delete the others". A modal <dialog>: Esc closes it, focus stays inside.
 */
export function CompareTakes({
  takes,
  handlers,
  onDeleteOthers,
  onClose,
}: {
  takes: GenerationView[];
  handlers: Pick<CardHandlers, "onFavourite">;
  onDeleteOthers: (keeper: GenerationView) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const players = useSyncedPlayers();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const first = takes[0];
  const playable = takes.filter((take) => take.status === "completed" && take.videoUrl);
  const leadId = playable[0]?.id;
  const title = first ? `Compare takes: ${promptLabel(first.prompt, first.images, 60)}` : "Compare takes";
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-0 h-full max-h-none w-full max-w-none bg-neutral-950 p-0 text-neutral-100 backdrop:bg-black/80"
    >
      <div className="mx-auto flex min-h-full max-w-7xl flex-col gap-4 p-4 sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-base font-semibold">
            {takes.length} takes of one recipe
            <span className="block text-xs font-normal text-neutral-400">
              Star the keeper; the others can go in one step.
            </span>
          </h2>
          <button type="button" className={control} onClick={onClose}>
            Close
          </button>
        </div>
        <div className="flex flex-wrap items-center gap-3 rounded-xl bg-neutral-900 px-3 py-2 ring-1 ring-neutral-800">
          <button
            type="button"
            className={control}
            disabled={playable.length === 0}
            onClick={() => (players.playing ? players.pause() : void players.play())}
          >
            {players.playing ? "Pause all" : "Play all"}
          </button>
          <input
            type="range"
            aria-label="Position of all takes"
            min={0}
            max={players.duration || 0}
            step={0.1}
            value={Math.min(players.time, players.duration || 0)}
            disabled={playable.length === 0}
            onChange={(event) => players.seek(Number(event.target.value))}
            className="min-w-32 flex-1 accent-sky-400"
          />
          <span className="text-xs tabular-nums text-neutral-400" data-testid="compare-time">
            {clock(players.time)} / {clock(players.duration)}
          </span>
        </div>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-[repeat(auto-fit,minmax(16rem,1fr))]">
          {takes.map((take, index) => (
            <TakeTile
              key={take.id}
              take={take}
              number={index + 1}
              videoRef={players.refFor(index)}
              videoEvents={take.id === leadId ? players.leadEvents : undefined}
              onFavourite={() => handlers.onFavourite(take, !take.favourite)}
              onDeleteOthers={() => onDeleteOthers(take)}
            />
          ))}
        </ul>
      </div>
    </dialog>
  );
}
