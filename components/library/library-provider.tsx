"use client";

import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { deleteLibraryImage, libraryImageUsage } from "@/app/actions/delete-library-image";
import { renameImage } from "@/app/actions/rename-image";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { settle } from "@/lib/actions/result";
import { readErrorBody } from "@/lib/http/error-body";
import {
  libraryCompleteFromBody,
  libraryFromBody,
  mergeFound,
  mergeReady,
  needsServerSearch,
} from "@/lib/library/merge";
import type { ImageRef } from "@/lib/references/image-ref";
import { LibraryContext, type LibraryValue } from "./library-context";

const unreadable = "Could not read your library. Reload the page to try again.";
const unsearchable = "Could not search your whole library. Try again in a moment.";
/** A server search waits for typing to pause. */
const SEARCH_DELAY_MS = 250;

type Page = { images: ImageRef[]; complete: boolean };

async function readLibrary(query?: string): Promise<Page | { error: string }> {
  const url = query ? `/api/library?${new URLSearchParams({ q: query })}` : "/api/library";
  const response = await fetch(url, { cache: "no-store" }).catch(() => null);
  const body: unknown = response ? await response.json().catch(() => null) : null;
  const images = response?.ok ? libraryFromBody(body) : undefined;
  if (!images) return { error: readErrorBody(body)?.message ?? (query ? unsearchable : unreadable) };
  return { images, complete: libraryCompleteFromBody(body) };
}

/**
 * Reads the creator's library once, then keeps it current locally: images that become ready in the tray join it
 * (no second request), renames and deletes change it after the server said yes. A rename also renames the
 * tray's images of that asset, which is where every chip reads its name. A library larger than one answer is
 * searched on the server too (`lookup`), and what that finds joins the images held.
 */
export function LibraryProvider({ children }: { children: ReactNode }) {
  const actions = useComposerActions();
  const { draft } = useComposerState();
  const [images, setImages] = useState<readonly ImageRef[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [complete, setComplete] = useState(true);
  const [searching, setSearching] = useState(false);
  // Searches the server answered in full (lower-cased words): a longer search containing one needs no request.
  const answered = useRef(new Set<string>());
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void readLibrary().then((result) => {
      if (!live) return;
      if ("error" in result) return setError(result.error);
      setImages((current) => mergeReady(result.images, current));
      setComplete(result.complete);
    });
    return () => {
      live = false;
      clearTimeout(pending.current);
    };
  }, []);

  const lookup = useCallback(
    (query: string) => {
      const words = query.trim().toLowerCase();
      // Called per keystroke (and from the @ menu's trigger): nothing to do must change no state.
      if (!needsServerSearch(words, complete, answered.current)) {
        if (pending.current === undefined) return;
        clearTimeout(pending.current);
        pending.current = undefined;
        return setSearching(false);
      }
      clearTimeout(pending.current);
      setSearching(true);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        void readLibrary(words).then((result) => {
          setSearching(false);
          if ("error" in result) return setError(result.error);
          if (result.complete) answered.current.add(words);
          setError(null);
          setImages((current) => mergeFound(current, result.images));
        });
      }, SEARCH_DELAY_MS);
    },
    [complete],
  );

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
    () => ({ images, error, complete, searching, lookup, addToTray: actions.addFromLibrary, rename, usage, remove }),
    [images, error, complete, searching, lookup, actions, rename, usage, remove],
  );
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}
