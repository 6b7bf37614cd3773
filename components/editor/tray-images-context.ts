import { createContext, useContext } from "react";
import type { TrayImage } from "@/lib/references/tray-image";

export type TrayEntry = { position: number; image: TrayImage };

/**
 * The tray as chips see it. Chips read their number and thumbnail from here at render time, so a reorder updates
 * every chip at once without touching the editor state (which only ever stores image ids).
 */
export type TrayImagesValue = { images: readonly TrayImage[]; byId: ReadonlyMap<string, TrayEntry> };

export function trayImagesValue(images: readonly TrayImage[]): TrayImagesValue {
  const byId = new Map<string, TrayEntry>();
  images.forEach((image, index) => {
    if (!byId.has(image.id)) byId.set(image.id, { position: index + 1, image });
  });
  return { images, byId };
}

export const TrayImagesContext = createContext<TrayImagesValue>(trayImagesValue([]));

export function useTrayEntry(imageId: string): TrayEntry | undefined {
  return useContext(TrayImagesContext).byId.get(imageId);
}
