"use client";

import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import { CapabilitiesProvider } from "@/components/capabilities";
import { browserServer } from "@/components/composer/browser-server";
import { Composer } from "@/components/composer/composer";
import { ComposerProvider } from "@/components/composer/composer-provider";
import { LibraryProvider } from "@/components/library/library-provider";
import { PausedBanner, StudioStatusFacts } from "@/components/status/studio-status";
import { Toaster } from "@/components/ui/toaster";
import { useGallery } from "@/hooks/use-gallery";
import type { UpstreamTarget } from "@/lib/apimart/curl";
import type { Capabilities } from "@/lib/generations/capabilities";
import type { ListFilters } from "@/lib/generations/list-filters";

// Server-rendered, its code loaded beside the first-load JS: the feed fills in from the network after hydration.
const StudioGallery = dynamic(() =>
  import("@/components/gallery/studio-gallery").then((module) => module.StudioGallery),
);

export function Studio({
  upstream,
  capabilities,
  accountSlot,
}: {
  upstream: UpstreamTarget;
  capabilities: Capabilities;
  /** The signed-in account's menu (components/account), drawn at the end of the header. */
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
  const [filters, setFilters] = useState<ListFilters>({});
  const gallery = useGallery(filters);
  return (
    <ComposerProvider
      server={browserServer}
      onSubmitted={(generation) => {
        gallery.add(generation);
        showNewTake();
      }}
    >
      {/*
        Wide screens: the composer stays in view on the left while the results feed scrolls the page on the right,
        so a new take is visible the moment Generate is pressed. Phones: composer first, the feed below it.
        The page (not a nested box) scrolls the feed in both layouts, so the gallery windows against the window.
      */}
      <LibraryProvider>
        <main className="mx-auto max-w-[1600px] space-y-6 px-4 py-6 sm:px-6 lg:grid lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:gap-x-8 lg:gap-y-6 lg:space-y-0">
          <header className="flex flex-wrap items-baseline justify-between gap-3 lg:col-span-2">
            <div className="flex items-baseline gap-3">
              <h1 className="text-2xl font-semibold tracking-tight">O1 Studio</h1>
              <p className="text-sm text-neutral-400">Kling Video O1</p>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <StudioStatusFacts />
              {accountSlot}
            </div>
          </header>
          <div className="lg:col-span-2 empty:hidden">
            <PausedBanner />
          </div>
          <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1">
            <Composer upstream={upstream} />
          </div>
          <StudioGallery gallery={gallery} filters={filters} onFilters={setFilters} />
        </main>
      </LibraryProvider>
    </ComposerProvider>
  );
}

/**
 * On wide screens the feed's top is where a new take appears: if the creator had scrolled down the feed,
 * bring the top back (the composer is sticky, so it stays put). Phones keep the composer where it is.
 */
function showNewTake() {
  if (!window.matchMedia("(min-width: 1024px)").matches || window.scrollY === 0) return;
  // At once, not smoothly: a smooth scroll is cut short by the next focus or scroll-into-view.
  window.scrollTo({ top: 0, behavior: "instant" });
}
