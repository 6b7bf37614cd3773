"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { TrayImage } from "@/lib/references/tray-image";

// Opened on demand: its code loads after first paint, not in the studio's first-load JS.
const LibraryDialog = dynamic(() => import("./library-dialog").then((module) => module.LibraryDialog), { ssr: false });

/** The tray's "Add from library" button and the picker it opens. */
export function AddFromLibrary({ images }: { images: readonly TrayImage[] }) {
  const [open, setOpen] = useState(false);
  const inTray = new Set(images.flatMap((image) => (image.ref ? [image.ref.assetId] : [])));
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="rounded-md bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      >
        Add from library
      </button>
      {open ? <LibraryDialog inTray={inTray} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
