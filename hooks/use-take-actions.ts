"use client";

import { useCallback } from "react";
import { deleteOtherTakes, restoreTakes } from "@/app/actions/delete-other-takes";
import { useToast } from "@/components/ui/toaster";
import { settle } from "@/lib/actions/result";
import { UNDO_WINDOW_MS } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import { useGalleryCache } from "./use-gallery-cache";

/** "Keep this take, delete the others": one action, one toast, one Undo for all of them. */
export function useTakeActions() {
  const cache = useGalleryCache();
  const toast = useToast();

  const deleteOthers = useCallback(
    async (keeper: GenerationView, takes: readonly GenerationView[]): Promise<boolean> => {
      for (const take of takes) if (take.id !== keeper.id) cache.update(take.id, () => null);
      const result = await settle(deleteOtherTakes({ generationId: keeper.id }));
      if (!result.ok) {
        toast({ message: `The other takes could not be deleted: ${result.error.message}`, tone: "error" });
        await cache.reload();
        return false;
      }
      const ids = result.data.deletedIds;
      toast({
        message: ids.length === 1 ? "Deleted the other take." : `Deleted the other ${ids.length} takes.`,
        key: `takes-deleted:${keeper.id}`,
        durationMs: UNDO_WINDOW_MS,
        action:
          ids.length === 0
            ? undefined
            : {
                label: "Undo",
                run: () => {
                  void settle(restoreTakes({ generationIds: ids })).then(async (restored) => {
                    if (!restored.ok) toast({ message: restored.error.message, tone: "error" });
                    await cache.reload();
                  });
                },
              },
      });
      return true;
    },
    [cache, toast],
  );

  return { deleteOthers };
}
