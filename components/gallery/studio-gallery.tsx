"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo } from "react";
import { TakesProvider } from "@/components/takes/takes-provider";
import { useComposerActions } from "@/hooks/composer-context";
import { useDetailGeneration } from "@/hooks/use-detail-generation";
import { useDetailParam } from "@/hooks/use-detail-param";
import { useDoneNotifications } from "@/hooks/use-done-notifications";
import type { useGallery } from "@/hooks/use-gallery";
import { useGenerationActions } from "@/hooks/use-generation-actions";
import { useTabTitle } from "@/hooks/use-tab-title";
import { isFiltered, type ListFilters } from "@/lib/generations/list-filters";
import type { GenerationView } from "@/lib/generations/view";
import { groupTakes } from "@/lib/takes/group-takes";
import type { CardHandlers } from "./card-actions";
import { Gallery } from "./gallery";
import { GalleryFilters } from "./gallery-filters";

// Only when a video is open (?video=id): not part of the studio's first load. Rendered on the server too, so a
// reload of an open detail view shows it at once.
const DetailView = dynamic(() => import("./detail-view").then((module) => module.DetailView));

/**
 * The gallery and its detail view, wired to the app: composer actions go through the composer's own commands,
 * card actions through the cache, the open detail through the URL.
 */
export function StudioGallery({
  gallery,
  filters,
  onFilters,
}: {
  gallery: ReturnType<typeof useGallery>;
  filters: ListFilters;
  onFilters: (filters: ListFilters) => void;
}) {
  const composer = useComposerActions();
  const actions = useGenerationActions();
  const detail = useDetailParam();
  const shown = useDetailGeneration(detail.openId, gallery.generations);
  useTabTitle(gallery.generations);
  // The takes of one "Generate ×N" stand as one card; the detail view still walks every video.
  const grouped = useMemo(() => groupTakes(gallery.generations), [gallery.generations]);
  const notifications = useDoneNotifications(gallery.generations);

  const handlers = useMemo<CardHandlers>(
    () => ({
      onRemix: (generation) => composer.remix(generation),
      onEditVideo: (generation) => void composer.setVideoFromResult(generation.id, "base"),
      onBorrowMotion: (generation) => void composer.setVideoFromResult(generation.id, "feature"),
      onRetry: (generation) => void actions.retry(generation),
      onDelete: (generation) => void actions.remove(generation),
      onShare: (generation, hide) => void actions.share(generation, hide),
      onUnshare: (generation) => void actions.unshare(generation),
      onCheckAgain: (generation) => void actions.checkAgain(generation),
      onFavourite: (generation, favourite) => void actions.favourite(generation, favourite),
    }),
    [composer, actions],
  );
  // In the detail view, actions that take the creator to the composer, or remove the video, close it first.
  const detailHandlers = useMemo<CardHandlers>(() => {
    const closing =
      (act: (generation: GenerationView) => void) =>
      (generation: GenerationView): void => {
        detail.close();
        act(generation);
      };
    return {
      ...handlers,
      onRemix: closing(handlers.onRemix),
      onEditVideo: closing(handlers.onEditVideo),
      onBorrowMotion: closing(handlers.onBorrowMotion),
      onDelete: closing(handlers.onDelete),
    };
  }, [handlers, detail]);

  // Stable across data renders: every card is memoised on its props, and an inline function would re-render them all.
  const { open } = detail;
  const openDetail = useCallback((generation: GenerationView) => open(generation.id), [open]);

  const index = shown.generation ? gallery.generations.findIndex((item) => item.id === shown.generation?.id) : -1;
  const neighbour = (offset: number) => {
    const next = index < 0 ? undefined : gallery.generations[index + offset];
    if (!next) return undefined;
    return () => detail.show(next.id);
  };
  // Walking older results in the detail view reaches the end of what is loaded: load the next page.
  const nearEnd = index >= 0 && index >= gallery.generations.length - 3;
  const { hasMore, isLoadingMore, loadMore } = gallery;
  useEffect(() => {
    if (nearEnd && hasMore && !isLoadingMore) void loadMore();
  }, [nearEnd, hasMore, isLoadingMore, loadMore]);

  return (
    <TakesProvider takes={grouped.takes} handlers={handlers}>
      <Gallery
        generations={grouped.items}
        isLoading={gallery.isLoading}
        loadError={gallery.loadError}
        pollTrouble={gallery.pollTrouble}
        hasMore={gallery.hasMore}
        isLoadingMore={gallery.isLoadingMore}
        onLoadMore={() => void gallery.loadMore()}
        handlers={handlers}
        onOpen={openDetail}
        playersPaused={Boolean(detail.openId)}
        toolbar={
          <>
            <GalleryFilters filters={filters} onChange={onFilters} />
            {notifications.available ? (
              <button
                type="button"
                aria-pressed={notifications.enabled}
                onClick={() => void notifications.toggle()}
                className="text-xs text-neutral-400 underline-offset-2 hover:text-neutral-200 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
              >
                {notifications.enabled ? "✓ " : ""}Notify me when long takes finish
              </button>
            ) : null}
          </>
        }
        filtered={isFiltered(filters)}
      />
      {detail.openId ? (
        <DetailView
          generation={shown.generation}
          state={shown.missing ? "missing" : shown.loading ? "loading" : "ready"}
          nav={{ onNewer: neighbour(-1), onOlder: neighbour(1), onClose: detail.close }}
          handlers={detailHandlers}
        />
      ) : null}
    </TakesProvider>
  );
}
