import {
  type InfiniteData,
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  skipToken,
} from "@tanstack/react-query";
import { filterParams, type ListFilters } from "@/lib/generations/list-filters";
import type { GenerationView } from "@/lib/generations/view";

export type GenerationPage = { generations: GenerationView[]; nextCursor: string | null };

/** Cache contract for generations: keys and options shared by hooks and invalidation. */
export const generationKeys = {
  all: ["generations"] as const,
  /** Every gallery list, whatever its filters (the cache's edits reach them all). */
  lists: () => [...generationKeys.all, "list"] as const,
  list: (filters: ListFilters = {}) => [...generationKeys.lists(), filterParams(filters)] as const,
  status: (ids: string[]) => [...generationKeys.all, "status", ids] as const,
};

export class RequestError extends Error {
  constructor(readonly status: number) {
    super(`Request failed (${status})`);
  }
}

async function getPage(params: URLSearchParams): Promise<GenerationPage> {
  const response = await fetch(`/api/generations?${params}`, { cache: "no-store" });
  if (!response.ok) throw new RequestError(response.status);
  return (await response.json()) as GenerationPage;
}

export const PAGE_SIZE = 24;

export function generationListOptions(filters: ListFilters = {}) {
  return infiniteQueryOptions({
    queryKey: generationKeys.list(filters),
    queryFn: ({ pageParam }) =>
      getPage(
        new URLSearchParams({
          ...filterParams(filters),
          limit: String(PAGE_SIZE),
          ...(pageParam ? { cursor: pageParam } : {}),
        }),
      ),
    // A new search or filter keeps the current tiles on screen until its first page arrives.
    placeholderData: keepPreviousData,
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export const POLL_EVERY_MS = 2_000;
export const STALLED_POLL_EVERY_MS = 30_000;

export function generationStatusOptions(ids: string[], everyMs = POLL_EVERY_MS) {
  return queryOptions({
    queryKey: generationKeys.status(ids),
    queryFn: ids.length > 0 ? () => getPage(new URLSearchParams({ ids: ids.join(",") })) : skipToken,
    // Keep ticking through passing failures; a 4xx will not fix itself, so stop there.
    refetchInterval: (query) =>
      query.state.error instanceof RequestError && query.state.error.status < 500 ? false : everyMs,
    retry: (count, error) => !(error instanceof RequestError && error.status < 500) && count < 3,
    staleTime: 0,
  });
}

export type GenerationList = InfiniteData<GenerationPage, string | null>;
