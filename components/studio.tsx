"use client";

import { useRef } from "react";
import { resultAsReference } from "@/app/actions/result-as-reference";
import { CapabilitiesProvider } from "@/components/capabilities";
import { Composer, type ComposerApi } from "@/components/composer/composer";
import { Gallery } from "@/components/gallery/gallery";
import { PausedBanner, StudioStatusFacts } from "@/components/status/studio-status";
import { Toaster, useToast } from "@/components/ui/toaster";
import { useGallery } from "@/hooks/use-gallery";
import { useGenerationActions } from "@/hooks/use-generation-actions";
import { settle } from "@/lib/actions/result";
import type { UpstreamTarget } from "@/lib/apimart/curl";
import type { Capabilities } from "@/lib/generations/capabilities";

export function Studio({ upstream, capabilities }: { upstream: UpstreamTarget; capabilities: Capabilities }) {
  return (
    <CapabilitiesProvider value={capabilities}>
      <Toaster>
        <StudioBody upstream={upstream} />
      </Toaster>
    </CapabilitiesProvider>
  );
}

function StudioBody({ upstream }: { upstream: UpstreamTarget }) {
  const gallery = useGallery();
  const actions = useGenerationActions(gallery.add);
  const remixTarget = useRef<ComposerApi | null>(null);
  const toast = useToast();
  return (
    <main className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <div className="flex items-baseline gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">O1 Studio</h1>
          <p className="text-sm text-neutral-500">Kling Video O1</p>
        </div>
        <StudioStatusFacts />
      </header>
      <PausedBanner />
      <Composer onSubmitted={gallery.add} remixRef={remixTarget} upstream={upstream} />
      <Gallery
        generations={gallery.generations}
        isLoading={gallery.isLoading}
        loadError={gallery.loadError}
        pollTrouble={gallery.pollTrouble}
        hasMore={gallery.hasMore}
        isLoadingMore={gallery.isLoadingMore}
        onLoadMore={() => void gallery.loadMore()}
        handlers={{
          onRemix: (generation) => remixTarget.current?.remix(generation),
          onEditVideo: (generation) =>
            void settle(resultAsReference({ generationId: generation.id })).then((result) =>
              result.ok
                ? remixTarget.current?.setVideoFromUrl(result.data.url)
                : toast({ message: result.error.message, tone: "error" }),
            ),
          onRetry: (generation) => void actions.retry(generation),
          onDelete: (generation) => void actions.remove(generation),
          onShare: (generation, hide) => void actions.share(generation, hide),
          onUnshare: (generation) => void actions.unshare(generation),
          onCheckAgain: (generation) => void actions.checkAgain(generation),
        }}
      />
    </main>
  );
}
