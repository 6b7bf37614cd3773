"use client";

import dynamic from "next/dynamic";
import { useCallback, useRef, useState } from "react";
import type { GenerationView } from "@/lib/generations/view";
import type { CardHandlers } from "./card-actions";
import { PollTroubleNotice } from "./poll-trouble-notice";
import type { PlayerState } from "./tile-media";
import type { VirtualGridHandle } from "./virtual-grid";

// Loaded after first paint: on the server and in the first render the list is empty anyway (the videos load in
// the browser), so nothing shifts; the page's first-load JS stays within its budget (README, Performance).
const GalleryGrid = dynamic(() => import("./gallery-grid").then((module) => module.GalleryGrid), { ssr: false });

export function Gallery({
  generations,
  isLoading,
  loadError,
  pollTrouble,
  hasMore,
  isLoadingMore,
  onLoadMore,
  handlers,
  onOpen,
  playersPaused = false,
  toolbar,
  filtered = false,
}: {
  generations: GenerationView[];
  isLoading: boolean;
  loadError: boolean;
  /** Status polls keep failing; the notice clears itself when one gets through. */
  pollTrouble?: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  handlers: CardHandlers;
  /** Open the generation's detail view. */
  onOpen: (generation: GenerationView) => void;
  /** The detail view is open: tiles go back to posters (one player on screen, no sound behind the dialog). */
  playersPaused?: boolean;
  /** Search and filters, under the heading. */
  toolbar?: React.ReactNode;
  /** A search or filter is on: an empty list means "nothing matches", not "nothing yet". */
  filtered?: boolean;
}) {
  // Roving focus: one card is in the tab order, arrows move between cards.
  const [active, setActive] = useState(0);
  // One tile plays and at most one previews: the only <video> elements in the gallery.
  const [playing, setPlaying] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const grid = useRef<VirtualGridHandle>(null);
  const activeIndex = Math.min(active, Math.max(0, generations.length - 1));

  const nearEnd = useCallback(() => {
    if (hasMore && !isLoadingMore) onLoadMore();
  }, [hasMore, isLoadingMore, onLoadMore]);

  function move(event: React.KeyboardEvent) {
    if (!(event.target instanceof HTMLElement) || event.target.tagName !== "ARTICLE") return;
    const columns = grid.current?.columns() ?? 1;
    const step = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      Home: -Infinity,
      End: Infinity,
    }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(generations.length - 1, activeIndex + step));
    setActive(next);
    grid.current?.reveal(next, () =>
      document.querySelector<HTMLElement>(`[data-grid-index="${next}"] article`)?.focus(),
    );
  }

  // The same functions from render to render: the grid's cards are memoised on their props.
  const play = useCallback((id: string) => {
    setPreview(null);
    setPlaying(id);
  }, []);
  const previewTile = useCallback((id: string, on: boolean) => setPreview(on ? id : null), []);
  const open = useCallback(
    (generation: GenerationView) => {
      setPlaying(null);
      onOpen(generation);
    },
    [onOpen],
  );

  function playerOf(id: string): PlayerState {
    if (playersPaused) return "poster";
    if (playing === id) return "playing";
    return preview === id ? "preview" : "poster";
  }

  return (
    <section aria-labelledby="gallery-title" className="min-w-0 space-y-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="gallery-title" className="text-lg font-semibold text-neutral-100">
          Your videos
        </h2>
        {generations.length > 0 ? (
          <p className="hidden text-xs text-neutral-400 pointer-fine:block">
            Arrow keys move between videos; Enter plays.
          </p>
        ) : null}
      </div>
      {toolbar}
      {pollTrouble ? <PollTroubleNotice /> : null}
      {isLoading ? <p className="text-sm text-neutral-400">Loading your videos…</p> : null}
      {loadError ? (
        <p role="alert" className="text-sm text-red-300">
          Your videos could not be loaded. Reload the page to try again.
        </p>
      ) : null}
      {!isLoading && !loadError && generations.length === 0 ? (
        <p className="text-sm text-neutral-400">
          {filtered ? "No videos match." : "Nothing yet. Write a prompt and press Generate."}
        </p>
      ) : null}
      <GalleryGrid
        handle={grid}
        generations={generations}
        setSize={hasMore ? -1 : generations.length}
        onNearEnd={nearEnd}
        onKeyDown={move}
        handlers={handlers}
        activeIndex={activeIndex}
        onFocusIndex={setActive}
        playerOf={playerOf}
        onPlay={play}
        onPreview={previewTile}
        onOpen={open}
      />
      {hasMore ? (
        <button
          type="button"
          onClick={onLoadMore}
          disabled={isLoadingMore}
          className="rounded-lg px-4 py-2 text-sm text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800"
        >
          {isLoadingMore ? "Loading…" : "Load older videos"}
        </button>
      ) : null}
    </section>
  );
}
