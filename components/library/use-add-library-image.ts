"use client";

import { useCallback } from "react";
import type { ImageRef } from "@/lib/references/image-ref";
import { useLibrary } from "./library-context";

/**
 * A dropped library image into the tray, as the picker's click adds it; answers its tray id, or undefined when it
 * was not added (the tray is full and says why, or the image is not in this creator's library).
 */
export function useAddLibraryImage(): (dropped: ImageRef) => string | undefined {
  const library = useLibrary();
  return useCallback(
    (dropped) => {
      // The library's own copy, never the payload's: a drag from another page could carry any URLs.
      const known = library.images.find((image) => image.assetId === dropped.assetId);
      return known ? library.addToTray([known])[0] : undefined;
    },
    [library],
  );
}
