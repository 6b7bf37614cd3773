"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { ListFilters } from "@/lib/generations/list-filters";
import { isTerminal } from "@/lib/generations/view";
import {
  generationListOptions,
  generationStatusOptions,
  POLL_EVERY_MS,
  STALLED_POLL_EVERY_MS,
} from "./generation-queries";
import { useGalleryCache } from "./use-gallery-cache";

/** Failed polls in a row before the creator is told (one failure is usually gone by the next tick). */
const TROUBLE_AFTER_FAILURES = 2;

/**
 * The gallery: pages of generations, newest first, with every unfinished one polled in a single request per
 * tick. Polling stops by itself once everything on screen is terminal.
 */
export function useGallery(filters: ListFilters = {}) {
  const cache = useGalleryCache();
  const list = useInfiniteQuery(generationListOptions(filters));
  const listed = useMemo(() => list.data?.pages.flatMap((page) => page.generations) ?? [], [list.data]);
  const unfinishedIds = useMemo(
    () => listed.filter((generation) => !isTerminal(generation.status)).map((generation) => generation.id),
    [listed],
  );
  // Past the time limit a task is checked rarely (it may still finish upstream), not every tick.
  const allStalled =
    unfinishedIds.length > 0 && listed.every((generation) => isTerminal(generation.status) || generation.stalled);
  const status = useQuery(generationStatusOptions(unfinishedIds, allStalled ? STALLED_POLL_EVERY_MS : POLL_EVERY_MS));

  const generations = useMemo(() => {
    const fresh = new Map(status.data?.generations.map((generation) => [generation.id, generation]));
    return listed.map((generation) => fresh.get(generation.id) ?? generation);
  }, [listed, status.data]);

  // Fold finished ones back into the list so they leave the poll set.
  useEffect(() => {
    const finished =
      status.data?.generations.filter((generation) => isTerminal(generation.status) || generation.stalled) ?? [];
    cache.fold(finished);
  }, [status.data, cache]);

  return {
    generations,
    isLoading: list.isPending,
    /** A new search or filter is loading (the previous tiles are still shown). */
    isSearching: list.isPlaceholderData,
    loadError: list.isError,
    /** The status poll keeps failing (server unreachable, 5xx): cleared by the first poll that gets through. */
    pollTrouble: unfinishedIds.length > 0 && (status.isError || status.failureCount >= TROUBLE_AFTER_FAILURES),
    hasMore: list.hasNextPage,
    loadMore: list.fetchNextPage,
    isLoadingMore: list.isFetchingNextPage,
    add: cache.add,
  };
}
