"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import { type GenerationView, isTerminal } from "@/lib/generations/view";
import {
  type GenerationList,
  generationKeys,
  generationListOptions,
  generationStatusOptions,
  POLL_EVERY_MS,
  STALLED_POLL_EVERY_MS,
} from "./generation-queries";

/**
 * The gallery: pages of generations, newest first, with every unfinished one polled in a single request per
 * tick. Polling stops by itself once everything on screen is terminal.
 */
export function useGallery() {
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(generationListOptions());
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
    if (finished.length > 0) mergeIntoList(queryClient, finished);
  }, [status.data, queryClient]);

  const add = useCallback(
    (generation: GenerationView) => {
      queryClient.setQueryData<GenerationList>(generationKeys.list(), (data) => {
        if (!data) return { pages: [{ generations: [generation], nextCursor: null }], pageParams: [null] };
        const [first, ...rest] = data.pages;
        const withoutDuplicate = (first?.generations ?? []).filter((item) => item.id !== generation.id);
        return {
          ...data,
          pages: [{ generations: [generation, ...withoutDuplicate], nextCursor: first?.nextCursor ?? null }, ...rest],
        };
      });
    },
    [queryClient],
  );

  return {
    generations,
    isLoading: list.isPending,
    loadError: list.isError,
    pollTrouble: status.isError,
    hasMore: list.hasNextPage,
    loadMore: list.fetchNextPage,
    isLoadingMore: list.isFetchingNextPage,
    add,
  };
}

function mergeIntoList(queryClient: ReturnType<typeof useQueryClient>, updates: GenerationView[]) {
  const byId = new Map(updates.map((generation) => [generation.id, generation]));
  queryClient.setQueryData<GenerationList>(generationKeys.list(), (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => ({
      ...page,
      generations: page.generations.map((generation) => {
        const update = byId.get(generation.id);
        if (!update || (update.status === generation.status && update.stalled === generation.stalled))
          return generation;
        changed = true;
        return update;
      }),
    }));
    return changed ? { ...data, pages } : data;
  });
}
