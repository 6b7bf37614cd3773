"use client";

import type React from "react";
import { useEffect, useState } from "react";
import { useAddLibraryImage } from "@/components/library/use-add-library-image";
import { hasLibraryDragData, readLibraryDragData } from "@/lib/images/drag-data";

type DropHandlers = Pick<React.HTMLAttributes<HTMLElement>, "onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop">;

/**
 * The tray as a drop target for images dragged from the library panel: added as the panel's click adds them
 * (no upload; an image already in the tray is not added twice). Files and thumbnail reorders are left to the
 * dropzone and the thumbnails, which ignore this drag type.
 */
export function useLibraryDrop(): { over: boolean; handlers: DropHandlers } {
  const add = useAddLibraryImage();
  const [over, setOver] = useState(false);

  // A drag cancelled (Escape, dropped elsewhere) may never send this target a dragleave.
  useEffect(() => {
    if (!over) return;
    const reset = () => setOver(false);
    window.addEventListener("dragend", reset);
    window.addEventListener("drop", reset);
    return () => {
      window.removeEventListener("dragend", reset);
      window.removeEventListener("drop", reset);
    };
  }, [over]);

  function accept(event: React.DragEvent) {
    if (!hasLibraryDragData(event.dataTransfer)) return false;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    return true;
  }

  return {
    over,
    handlers: {
      onDragEnter(event) {
        if (accept(event)) setOver(true);
      },
      onDragOver(event) {
        if (accept(event) && !over) setOver(true);
      },
      onDragLeave(event) {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOver(false);
      },
      onDrop(event) {
        if (!accept(event)) return;
        setOver(false);
        const dropped = readLibraryDragData(event.dataTransfer);
        if (dropped) add(dropped);
      },
    },
  };
}
