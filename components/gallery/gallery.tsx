"use client";

import { useRef, useState } from "react";
import type { GenerationView } from "@/lib/generations/view";
import type { CardHandlers } from "./card-actions";
import { GenerationCard } from "./generation-card";

const columns = () => {
  if (typeof window === "undefined") return 1;
  if (window.matchMedia("(min-width: 1280px)").matches) return 3;
  return window.matchMedia("(min-width: 640px)").matches ? 2 : 1;
};

export function Gallery({
  generations,
  isLoading,
  loadError,
  hasMore,
  isLoadingMore,
  onLoadMore,
  handlers,
  pollTrouble = false,
}: {
  generations: GenerationView[];
  isLoading: boolean;
  loadError: boolean;
  /** The last status check failed (the app's server did not answer); it keeps trying. */
  pollTrouble?: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  handlers: CardHandlers;
}) {
  // Roving focus: one card is in the tab order, arrows move between cards.
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const activeIndex = Math.min(active, Math.max(0, generations.length - 1));

  function move(event: React.KeyboardEvent) {
    if (!(event.target instanceof HTMLElement) || event.target.tagName !== "ARTICLE") return;
    const step = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns(),
      ArrowUp: -columns(),
      Home: -Infinity,
      End: Infinity,
    }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(generations.length - 1, activeIndex + step));
    setActive(next);
    list.current?.querySelectorAll<HTMLElement>("article")[next]?.focus();
  }

  return (
    <section aria-labelledby="gallery-title" className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h2 id="gallery-title" className="text-lg font-semibold text-neutral-100">
          Your videos
        </h2>
        {generations.length > 0 ? (
          <p className="text-xs text-neutral-500">Arrow keys move between videos; Enter plays.</p>
        ) : null}
      </div>
      {isLoading ? <p className="text-sm text-neutral-500">Loading your videos…</p> : null}
      {loadError ? (
        <p role="alert" className="text-sm text-red-300">
          Your videos could not be loaded. Reload the page to try again.
        </p>
      ) : null}
      {pollTrouble ? (
        <p role="status" className="text-sm text-amber-300">
          Could not check on your videos just now; trying again. Nothing is lost.
        </p>
      ) : null}
      {!isLoading && !loadError && generations.length === 0 ? (
        <p className="text-sm text-neutral-500">Nothing yet. Write a prompt and press Generate.</p>
      ) : null}
      <ul ref={list} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" onKeyDown={move}>
        {generations.map((generation, index) => (
          <li key={generation.id}>
            <GenerationCard
              generation={generation}
              handlers={handlers}
              tabIndex={index === activeIndex ? 0 : -1}
              onFocus={() => setActive(index)}
            />
          </li>
        ))}
      </ul>
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
