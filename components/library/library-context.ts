"use client";

import { createContext, useContext } from "react";
import type { ImageRef } from "@/lib/references/image-ref";

/** Everything the studio knows of the creator's library, and what it can do with it. */
export type LibraryValue = {
  /** Most recently used first; a newly uploaded image joins as soon as it is ready. */
  images: readonly ImageRef[];
  /** Why the library could not be read, if it could not. */
  error: string | null;
  /** Whether `images` is the whole library; when not, `lookup` asks the server for the words typed. */
  complete: boolean;
  /** A server search is under way (its finds join `images`). */
  searching: boolean;
  /** Searches the server for these words when the images held may not be all of them; cheap to call per keystroke. */
  lookup(query: string): void;
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
  complete: true,
  searching: false,
  lookup: () => {},
  addToTray: (refs) => refs.map(() => undefined),
  rename: unavailable,
  usage: async () => ({ error: "The library is not available here." }),
  remove: unavailable,
});

export function useLibrary(): LibraryValue {
  return useContext(LibraryContext);
}
