"use client";

import { Composer } from "@/components/composer/composer";
import { Gallery } from "@/components/gallery/gallery";
import { useGallery } from "@/hooks/use-gallery";

export function Studio() {
  const gallery = useGallery();
  return (
    <main className="mx-auto max-w-6xl space-y-8 px-4 py-8 sm:px-6">
      <header className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">O1 Studio</h1>
        <p className="text-sm text-neutral-500">Kling Video O1</p>
      </header>
      <Composer onSubmitted={gallery.add} />
      <Gallery
        generations={gallery.generations}
        isLoading={gallery.isLoading}
        loadError={gallery.loadError}
        hasMore={gallery.hasMore}
        isLoadingMore={gallery.isLoadingMore}
        onLoadMore={() => void gallery.loadMore()}
      />
    </main>
  );
}
