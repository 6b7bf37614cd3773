"use client";

import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { deleteLibraryImage, libraryImageUsage } from "@/app/actions/delete-library-image";
import { renameImage } from "@/app/actions/rename-image";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { settle } from "@/lib/actions/result";
import { readErrorBody } from "@/lib/http/error-body";
import { libraryFromBody, mergeReady } from "@/lib/library/merge";
import type { ImageRef } from "@/lib/references/image-ref";
import { LibraryContext, type LibraryValue } from "./library-context";

const unreadable = "Could not read your library. Reload the page to try again.";

async function readLibrary(): Promise<ImageRef[] | { error: string }> {
  const response = await fetch("/api/library", { cache: "no-store" }).catch(() => null);
  const body: unknown = response ? await response.json().catch(() => null) : null;
  const images = response?.ok ? libraryFromBody(body) : undefined;
  return images ?? { error: readErrorBody(body)?.message ?? unreadable };
}

/**
 * Reads the creator's library once, then keeps it current locally: images that become ready in the tray join it
 * (no second request), renames and deletes change it after the server said yes. A rename also renames the
 * tray's images of that asset, which is where every chip reads its name.
 */
export function LibraryProvider({ children }: { children: ReactNode }) {
  const actions = useComposerActions();
  const { draft } = useComposerState();
  const [images, setImages] = useState<readonly ImageRef[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void readLibrary().then((result) => {
      if (!live) return;
      if (Array.isArray(result)) setImages((current) => mergeReady(result, current));
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const trayRefs = useMemo(
    () => draft.images.flatMap((image) => (image.status === "ready" && image.ref ? [image.ref] : [])),
    [draft.images],
  );
  useEffect(() => {
    setImages((current) => mergeReady(current, trayRefs));
  }, [trayRefs]);

  // A draft restored, remixed or switched to may carry an older name: the library's name wins, in every chip.
  useEffect(() => {
    const names = new Map(images.map((image) => [image.assetId, image.name]));
    for (const ref of trayRefs) {
      const name = names.get(ref.assetId);
      if (name !== undefined && name !== ref.name) actions.renameAsset(ref.assetId, name);
    }
  }, [images, trayRefs, actions]);

  const rename = useCallback(
    async (assetId: string, name: string) => {
      const result = await settle(renameImage({ assetId, name }));
      if (!result.ok) return result.error.message;
      const renamed = result.data.image;
      setImages((current) =>
        current.map((image) => (image.assetId === assetId ? { ...image, name: renamed.name } : image)),
      );
      actions.renameAsset(assetId, renamed.name);
      return null;
    },
    [actions],
  );

  const usage = useCallback(async (assetId: string) => {
    const result = await settle(libraryImageUsage({ assetId }));
    return result.ok ? result.data : { error: result.error.message };
  }, []);

  const remove = useCallback(async (assetId: string) => {
    const result = await settle(deleteLibraryImage({ assetId }));
    if (!result.ok) return result.error.message;
    setImages((current) => current.filter((image) => image.assetId !== assetId));
    return null;
  }, []);

  const value = useMemo<LibraryValue>(
    () => ({ images, error, addToTray: actions.addFromLibrary, rename, usage, remove }),
    [images, error, actions, rename, usage, remove],
  );
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}
