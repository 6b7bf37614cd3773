"use client";

import { useCallback } from "react";
import { deleteGeneration } from "@/app/actions/delete-generation";
import { favouriteGeneration } from "@/app/actions/favourite-generation";
import { restoreGeneration } from "@/app/actions/restore-generation";
import { retryGeneration } from "@/app/actions/retry-generation";
import { revokeShare } from "@/app/actions/revoke-share";
import { shareGeneration } from "@/app/actions/share-generation";
import { useToast } from "@/components/ui/toaster";
import { SERVER_UNREACHABLE, settle } from "@/lib/actions/result";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import { readErrorBody } from "@/lib/http/error-body";
import { useGalleryCache } from "./use-gallery-cache";

/** What a card can do: every action reports back in a toast, and delete can be undone. */
export function useGenerationActions() {
  const cache = useGalleryCache();
  const toast = useToast();

  const remove = useCallback(
    async (generation: GenerationView) => {
      cache.update(generation.id, () => null);
      const result = await settle(deleteGeneration({ generationId: generation.id }));
      if (!result.ok) {
        toast({ message: `The video could not be deleted: ${result.error.message}`, tone: "error" });
        await cache.reload();
        return;
      }
      toast({
        message: "Video deleted.",
        // One per video: a second delete must not take away the first one's Undo.
        key: `deleted:${generation.id}`,
        durationMs: UNDO_WINDOW_MS,
        action: {
          label: "Undo",
          run: () => {
            void settle(restoreGeneration({ generationId: generation.id })).then(async (restored) => {
              if (!restored.ok) toast({ message: restored.error.message, tone: "error" });
              await cache.reload();
            });
          },
        },
      });
    },
    [cache, toast],
  );

  const retry = useCallback(
    async (generation: GenerationView) => {
      const outcome = await settle(retryGeneration({ generationId: generation.id }));
      if (!outcome.ok) return toast({ message: outcome.error.message, tone: "error" });
      cache.add(outcome.data.generation);
      toast({
        message: outcome.data.duplicate ? "Already retried: see the newer card." : "Sent again with the same recipe.",
      });
    },
    [cache, toast],
  );

  const share = useCallback(
    async (generation: GenerationView, hideReferences?: boolean) => {
      const outcome = await settle(shareGeneration({ generationId: generation.id, hideReferences }));
      if (!outcome.ok) return toast({ message: outcome.error.message, tone: "error" });
      const link = outcome.data;
      cache.update(generation.id, (current) => ({ ...current, share: link }));
      if (hideReferences === undefined) {
        const copied = await navigator.clipboard?.writeText(link.url).then(
          () => true,
          () => false,
        );
        toast({ message: copied ? "Share link copied." : `Share link: ${link.url}` });
      }
    },
    [cache, toast],
  );

  const unshare = useCallback(
    async (generation: GenerationView) => {
      // Only a call that got no answer is "unreachable"; a refusal shows the server's own message.
      const outcome = await settle(revokeShare({ generationId: generation.id }));
      if (!outcome.ok) return toast({ message: outcome.error.message, tone: "error" });
      cache.update(generation.id, (current) => ({ ...current, share: null }));
      toast({ message: "Sharing stopped: the link no longer works." });
    },
    [cache, toast],
  );

  const checkAgain = useCallback(
    async (generation: GenerationView) => {
      const response = await fetch(`/api/generations?ids=${generation.id}&force=1`, { cache: "no-store" }).catch(
        () => null,
      );
      if (!response) return toast({ message: SERVER_UNREACHABLE, tone: "error" });
      if (!response.ok) {
        const error = readErrorBody(await response.json().catch(() => null));
        return toast({ message: error?.message ?? SERVER_UNREACHABLE, tone: "error" });
      }
      const { generations } = (await response.json()) as { generations: GenerationView[] };
      const fresh = generations[0];
      if (fresh) cache.update(fresh.id, () => fresh);
      toast({ message: fresh && fresh.status === generation.status ? "Still running upstream." : "Updated." });
    },
    [cache, toast],
  );

  const favourite = useCallback(
    async (generation: GenerationView, favourite: boolean) => {
      // The star turns at once; a refusal turns it back and says why.
      cache.update(generation.id, (current) => ({ ...current, favourite }));
      const outcome = await settle(favouriteGeneration({ generationId: generation.id, favourite }));
      if (outcome.ok) return;
      cache.update(generation.id, (current) => ({ ...current, favourite: !favourite }));
      toast({ message: outcome.error.message, tone: "error" });
    },
    [cache, toast],
  );

  return { remove, retry, share, unshare, checkAgain, favourite };
}
