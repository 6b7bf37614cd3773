"use client";

import type React from "react";
import { useState } from "react";
import { hasImageDragData, IMAGE_ID_MIME, setImageDragData } from "@/lib/images/drag-data";
import { dropIndex } from "@/lib/images/reorder";

type DropTarget = { id: string; side: "before" | "after" };

/**
 * HTML5 drag and drop between thumbnails. The same drag also carries the image id to the prompt editor,
 * so the payload is always set; reordering only happens when it is dropped on another thumbnail.
 */
export function useReorderDrag(ids: string[], onMove: (id: string, toIndex: number) => void) {
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);

  function handlersFor(
    id: string,
  ): Pick<React.HTMLAttributes<HTMLLIElement>, "onDragStart" | "onDragEnd" | "onDragOver" | "onDragLeave" | "onDrop"> {
    return {
      onDragStart(event) {
        if (event.target !== event.currentTarget) return;
        setImageDragData(event.dataTransfer, id);
        setDraggingId(id);
      },
      onDragEnd() {
        setDraggingId(null);
        setTarget(null);
      },
      onDragOver(event) {
        // Files dragged from the desktop and text are not reorders.
        if (!hasImageDragData(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        const rect = event.currentTarget.getBoundingClientRect();
        const side = event.clientX < rect.left + rect.width / 2 ? "before" : "after";
        if (target?.id !== id || target.side !== side) setTarget({ id, side });
      },
      onDragLeave(event) {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        if (target?.id === id) setTarget(null);
      },
      onDrop(event) {
        if (!hasImageDragData(event.dataTransfer)) return;
        event.preventDefault();
        const draggedId = event.dataTransfer.getData(IMAGE_ID_MIME) || draggingId;
        const from = draggedId ? ids.indexOf(draggedId) : -1;
        const to = ids.indexOf(id);
        const rect = event.currentTarget.getBoundingClientRect();
        const side = target?.id === id ? target.side : event.clientX < rect.left + rect.width / 2 ? "before" : "after";
        setTarget(null);
        setDraggingId(null);
        if (!draggedId || from === -1 || to === -1 || draggedId === id) return;
        const destination = dropIndex(from, to, side);
        if (destination !== from) onMove(draggedId, destination);
      },
    };
  }

  return {
    draggingId,
    dropSideFor: (id: string) => (target?.id === id && draggingId !== id ? target.side : undefined),
    handlersFor,
  };
}
