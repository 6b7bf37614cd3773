"use client";

import dynamic from "next/dynamic";
import { useId, useRef, useState } from "react";
import type { TrayImage } from "@/lib/references/tray-image";

// Opened on demand: its code loads after first paint, not in the studio's first-load JS.
const LibraryPanel = dynamic(() => import("./library-panel").then((module) => module.LibraryPanel), { ssr: false });

/** The tray's "Add from library" button and the picker it opens. */
export function AddFromLibrary({ images }: { images: readonly TrayImage[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const inTray = new Set(images.flatMap((image) => (image.ref ? [image.ref.assetId] : [])));

  // A popover shown from script does not give focus back when it goes, as a modal dialog did.
  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        className="rounded-md bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      >
        Add from library
      </button>
      {open ? <LibraryPanel id={panelId} inTray={inTray} onClose={close} /> : null}
    </>
  );
}
