import type { GenerationView } from "@/lib/generations/view";
import type { GenerationList } from "./generation-queries";

/**
 * Pure edits of the cached gallery list (pages of generations, newest first). Only the gallery cache
 * (use-gallery-cache.ts) applies them, so there is one writer of the list and one meaning of each edit.
 */

/** A new generation goes first; an older copy of it anywhere in the list is dropped. */
export function withAdded(data: GenerationList | undefined, generation: GenerationView): GenerationList {
  if (!data) return { pages: [{ generations: [generation], nextCursor: null }], pageParams: [null] };
  const pages = data.pages.map((page) => ({
    ...page,
    generations: page.generations.filter((item) => item.id !== generation.id),
  }));
  const [first, ...rest] = pages;
  return {
    ...data,
    pages: [
      { generations: [generation, ...(first?.generations ?? [])], nextCursor: first?.nextCursor ?? null },
      ...rest,
    ],
  };
}

/** Each listed generation through `change`: the same object to keep it, another to replace it, null to drop it. */
export function withChanged(
  data: GenerationList | undefined,
  change: (generation: GenerationView) => GenerationView | null,
): GenerationList | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    let pageChanged = false;
    const generations = page.generations.flatMap((generation) => {
      const next = change(generation);
      if (next !== generation) pageChanged = true;
      return next ? [next] : [];
    });
    changed ||= pageChanged;
    return pageChanged ? { ...page, generations } : page;
  });
  return changed ? { ...data, pages } : data;
}

/** Fresh copies from the server, folded in where the status or the stalled flag moved on (the poll set shrinks). */
export function withFresh(data: GenerationList | undefined, updates: ReadonlyArray<GenerationView>) {
  const byId = new Map(updates.map((generation) => [generation.id, generation]));
  return withChanged(data, (generation) => {
    const update = byId.get(generation.id);
    if (!update || (update.status === generation.status && update.stalled === generation.stalled)) return generation;
    return update;
  });
}
