"use client";

import type { ReactNode } from "react";
import { CapabilitiesProvider } from "@/components/capabilities";
import { browserServer } from "@/components/composer/browser-server";
import { Composer } from "@/components/composer/composer";
import { ComposerProvider } from "@/components/composer/composer-provider";
import { Gallery } from "@/components/gallery/gallery";
import { PausedBanner, StudioStatusFacts } from "@/components/status/studio-status";
import { Toaster } from "@/components/ui/toaster";
import { useComposerActions } from "@/hooks/composer-context";
import { useGallery } from "@/hooks/use-gallery";
import { useGenerationActions } from "@/hooks/use-generation-actions";
import type { UpstreamTarget } from "@/lib/apimart/curl";
import type { Capabilities } from "@/lib/generations/capabilities";

export function Studio({
  upstream,
  capabilities,
  accountSlot,
}: {
  upstream: UpstreamTarget;
  capabilities: Capabilities;
  /** The signed-in account's menu (components/account), drawn at the top of the header. */
  accountSlot?: ReactNode;
}) {
  return (
    <CapabilitiesProvider value={capabilities}>
      <Toaster>
        <StudioBody upstream={upstream} accountSlot={accountSlot} />
      </Toaster>
    </CapabilitiesProvider>
  );
}

function StudioBody({ upstream, accountSlot }: { upstream: UpstreamTarget; accountSlot?: ReactNode }) {
  const gallery = useGallery();
  return (
    <ComposerProvider server={browserServer} onSubmitted={gallery.add}>
      <main className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
        {accountSlot ? <div className="-mb-4 -mt-4 flex justify-end">{accountSlot}</div> : null}
        <header className="flex flex-wrap items-baseline justify-between gap-3">
          <div className="flex items-baseline gap-3">
            <h1 className="text-2xl font-semibold tracking-tight">O1 Studio</h1>
            <p className="text-sm text-neutral-500">Kling Video O1</p>
          </div>
          <StudioStatusFacts />
        </header>
        <PausedBanner />
        <Composer upstream={upstream} />
        <StudioGallery gallery={gallery} />
      </main>
    </ComposerProvider>
  );
}

/** The gallery's composer actions go through the composer's own commands; its card actions through the cache. */
function StudioGallery({ gallery }: { gallery: ReturnType<typeof useGallery> }) {
  const composer = useComposerActions();
  const actions = useGenerationActions();
  return (
    <Gallery
      generations={gallery.generations}
      isLoading={gallery.isLoading}
      loadError={gallery.loadError}
      pollTrouble={gallery.pollTrouble}
      hasMore={gallery.hasMore}
      isLoadingMore={gallery.isLoadingMore}
      onLoadMore={() => void gallery.loadMore()}
      handlers={{
        onRemix: (generation) => composer.remix(generation),
        onEditVideo: (generation) => void composer.setVideoFromResult(generation.id, "base"),
        onBorrowMotion: (generation) => void composer.setVideoFromResult(generation.id, "feature"),
        onRetry: (generation) => void actions.retry(generation),
        onDelete: (generation) => void actions.remove(generation),
        onShare: (generation, hide) => void actions.share(generation, hide),
        onUnshare: (generation) => void actions.unshare(generation),
        onCheckAgain: (generation) => void actions.checkAgain(generation),
      }}
    />
  );
}
