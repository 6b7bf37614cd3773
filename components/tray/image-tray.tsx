"use client";

import { useEffect, useId, useRef, useState } from "react";
import { AddFromLibrary } from "@/components/library/add-from-library";
import { useTray } from "@/hooks/use-tray";
import { CropOffer } from "./crop-offer";
import { TrayDropzone } from "./tray-dropzone";
import { type ItemControl, TrayItem } from "./tray-item";
import { TrayRejections } from "./tray-rejections";
import { useLibraryDrop } from "./use-library-drop";
import { useReorderDrag } from "./use-reorder-drag";

type Props = {
  /** "Insert image N into prompt": the editor adds a chip for this image id at the caret. */
  onInsert?: (id: string) => void;
  className?: string;
};

/**
 * The reference tray: thumbnails numbered by position (the order of image_urls), a dropzone, and the
 * reasons any file was refused. Library images can be dropped on it too. The tray state lives in the composer (useTray) so the prompt editor and the
 * submit share it; removing an image offers Undo there.
 */
export function ImageTray({ onInsert, className }: Props) {
  const tray = useTray();
  const { images, maxImages } = tray;
  const [announcement, setAnnouncement] = useState("");
  const itemElements = useRef(new Map<string, HTMLLIElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; control: ItemControl } | null>(null);
  const ids = images.map((image) => image.id);
  const titleId = useId();

  function move(id: string, toIndex: number, control: ItemControl) {
    const image = images.find((candidate) => candidate.id === id);
    if (!image || toIndex < 0 || toIndex >= images.length) return;
    tray.move(id, toIndex);
    setAnnouncement(`${image.name} moved to position ${toIndex + 1} of ${images.length}.`);
    setFocusAfterMove({ id, control });
  }

  const drag = useReorderDrag(ids, (id, toIndex) => move(id, toIndex, "item"));
  const libraryDrop = useLibraryDrop();

  // React moves the DOM node of a reordered item, which drops its focus; give it back.
  useEffect(() => {
    if (!focusAfterMove) return;
    const element = itemElements.current.get(focusAfterMove.id);
    const button = element?.querySelector<HTMLButtonElement>(`[data-control="${focusAfterMove.control}"]`);
    (button && !button.disabled ? button : element)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  function remove(id: string) {
    const removed = tray.remove(id);
    if (!removed) return;
    setAnnouncement(`Removed image ${removed.index + 1}: ${removed.image.name}.`);
  }

  return (
    <section aria-labelledby={titleId} onPaste={tray.handlePaste} className={`space-y-3 ${className ?? ""}`}>
      <div className="flex items-center justify-between">
        <h2 id={titleId} className="text-sm font-medium text-neutral-200">
          Reference images
        </h2>
        <div className="flex items-center gap-3">
          <AddFromLibrary images={images} />
          <span className={`text-xs tabular-nums ${tray.overLimit > 0 ? "text-amber-300" : "text-neutral-400"}`}>
            {images.length} / {maxImages}
          </span>
        </div>
      </div>
      {/* The thumbnails and the dropzone take images dragged from the library panel (which sits in the header). */}
      <div
        {...libraryDrop.handlers}
        data-library-drop={libraryDrop.over ? "over" : undefined}
        className={`space-y-3 rounded-xl transition ${libraryDrop.over ? "bg-sky-500/10 ring-2 ring-sky-500 ring-offset-4 ring-offset-neutral-900" : ""}`}
      >
        {images.length > 0 ? (
          <ul aria-label="Reference images, in prompt order" className="flex flex-wrap gap-3">
            {images.map((image, index) => (
              <TrayItem
                key={image.id}
                image={image}
                index={index}
                count={images.length}
                dropSide={drag.dropSideFor(image.id)}
                onMove={move}
                onRemove={remove}
                onRetry={tray.retry}
                onInsert={onInsert}
                itemRef={(element) => {
                  if (element) itemElements.current.set(image.id, element);
                  else itemElements.current.delete(image.id);
                }}
                dragHandlers={drag.handlersFor(image.id)}
              />
            ))}
          </ul>
        ) : null}
        <TrayDropzone maxImages={maxImages} compact={images.length > 0} onFiles={(files) => tray.addFiles(files)} />
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <TrayRejections
        rejections={tray.rejections}
        overLimit={tray.overLimit}
        maxImages={maxImages}
        onDismiss={tray.dismissRejection}
        onDismissAll={tray.dismissRejections}
        extra={(message) => <CropOffer message={message} />}
      />
    </section>
  );
}
