"use client";

import { createContext, useContext } from "react";
import type { ImageRef } from "@/lib/references/image-ref";

/** Everything the studio knows of the creator's library, and what it can do with it. */
export type LibraryValue = {
  /** Most recently used first; a newly uploaded image joins as soon as it is ready. */
  images: readonly ImageRef[];
  /** Why the library could not be read, if it could not. */
  error: string | null;
  /** Library images into the tray (nothing is uploaded); the tray ids, or undefined where the tray was full. */
  addToTray(refs: ImageRef[]): Array<string | undefined>;
  /** Answers an error message, or null when renamed (in the library and in every chip). */
  rename(assetId: string, name: string): Promise<string | null>;
  /** How many generations use it (for the warning before deleting), or an error message. */
  usage(assetId: string): Promise<{ generations: number } | { error: string }>;
  remove(assetId: string): Promise<string | null>;
};

const unavailable = async () => "The library is not available here.";

/** Outside the studio (editor tests, the share page) there is no library: @ lists the tray only. */
export const LibraryContext = createContext<LibraryValue>({
  images: [],
  error: null,
  addToTray: (refs) => refs.map(() => undefined),
  rename: unavailable,
  usage: async () => ({ error: "The library is not available here." }),
  remove: unavailable,
});

export function useLibrary(): LibraryValue {
  return useContext(LibraryContext);
}
