"use client";

import type { GenerationView } from "@/lib/generations/view";
import { GenerationCard } from "./generation-card";

export function Gallery({
  generations,
  isLoading,
  loadError,
  hasMore,
  isLoadingMore,
  onLoadMore,
}: {
  generations: GenerationView[];
  isLoading: boolean;
  loadError: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}) {
  return (
    <section aria-labelledby="gallery-title" className="space-y-4">
      <h2 id="gallery-title" className="text-lg font-semibold text-neutral-100">
        Your videos
      </h2>
      {isLoading ? <p className="text-sm text-neutral-500">Loading your videos…</p> : null}
      {loadError ? (
        <p role="alert" className="text-sm text-red-300">
          Your videos could not be loaded. Reload the page to try again.
        </p>
      ) : null}
      {!isLoading && !loadError && generations.length === 0 ? (
        <p className="text-sm text-neutral-500">Nothing yet. Write a prompt and press Generate.</p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {generations.map((generation) => (
          <li key={generation.id}>
            <GenerationCard generation={generation} />
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
