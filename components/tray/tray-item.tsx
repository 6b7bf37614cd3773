"use client";

import type React from "react";
import { RenameField } from "@/components/library/rename-field";
import { type TrayImage, thumbnailUrl } from "@/lib/references/tray-image";

export type ItemControl = "item" | "left" | "right";

type Props = {
  image: TrayImage;
  index: number;
  count: number;
  dropSide?: "before" | "after";
  onMove: (id: string, toIndex: number, from: ItemControl) => void;
  onRemove: (id: string) => void;
  onRetry: (id: string) => void;
  onInsert?: (id: string) => void;
  itemRef: (element: HTMLLIElement | null) => void;
  dragHandlers: Pick<
    React.HTMLAttributes<HTMLLIElement>,
    "onDragStart" | "onDragEnd" | "onDragOver" | "onDragLeave" | "onDrop"
  >;
};

const iconButton =
  "flex h-7 min-w-7 items-center justify-center rounded-md bg-neutral-800 px-1.5 text-xs text-neutral-200 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 disabled:cursor-not-allowed disabled:opacity-40";

function StatusOverlay({ image, label }: { image: TrayImage; label: string }) {
  if (image.status === "checking") {
    return (
      <span className="pointer-events-none absolute inset-x-0 bottom-0 bg-neutral-950/80 py-0.5 text-center text-[11px] text-neutral-200">
        Checking…
      </span>
    );
  }
  if (image.status === "uploading") {
    return (
      <div className="pointer-events-none absolute inset-x-1 bottom-1">
        <div
          role="progressbar"
          aria-label={`Uploading ${label}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={image.progress}
          className="h-1.5 overflow-hidden rounded-full bg-neutral-950/80"
        >
          <div className="h-full bg-sky-500 transition-[width]" style={{ width: `${image.progress}%` }} />
        </div>
      </div>
    );
  }
  if (image.status === "failed") {
    return (
      <span
        className="pointer-events-none absolute inset-0 rounded-lg bg-red-950/50 ring-2 ring-inset ring-red-500"
        aria-hidden
      />
    );
  }
  return null;
}

/** One thumbnail: its number is its position, so it changes the moment the order does. */
export function TrayItem({
  image,
  index,
  count,
  dropSide,
  onMove,
  onRemove,
  onRetry,
  onInsert,
  itemRef,
  dragHandlers,
}: Props) {
  const number = index + 1;
  const label = `image ${number}: ${image.name}`;

  function onKeyDown(event: React.KeyboardEvent<HTMLLIElement>) {
    if (event.target !== event.currentTarget || !event.altKey) return;
    const to =
      event.key === "ArrowLeft"
        ? index - 1
        : event.key === "ArrowRight"
          ? index + 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? count - 1
              : undefined;
    if (to === undefined) return;
    // Alt+Left is also the browser's Back shortcut.
    event.preventDefault();
    if (to >= 0 && to < count && to !== index) onMove(image.id, to, "item");
  }

  return (
    <li
      ref={itemRef}
      aria-label={label}
      aria-roledescription="reorderable image"
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
      // Focusable so the keyboard can reorder it (Alt+arrows) and reach its buttons.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
      draggable
      onKeyDown={onKeyDown}
      {...dragHandlers}
      className={`relative w-28 shrink-0 rounded-xl bg-neutral-900 p-1.5 ring-1 ring-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
        dropSide === "before"
          ? "before:absolute before:-left-2 before:inset-y-2 before:w-0.5 before:rounded before:bg-sky-500"
          : ""
      } ${dropSide === "after" ? "after:absolute after:-right-2 after:inset-y-2 after:w-0.5 after:rounded after:bg-sky-500" : ""}`}
    >
      <div className="relative aspect-square overflow-hidden rounded-lg bg-neutral-800">
        {thumbnailUrl(image) ? (
          <img src={thumbnailUrl(image)} alt="" draggable={false} className="h-full w-full object-cover" />
        ) : null}
        {/* Before the badge and the × so those stay on top and clickable. */}
        <StatusOverlay image={image} label={label} />
        <span
          aria-hidden
          className="absolute left-1 top-1 flex h-6 min-w-6 items-center justify-center rounded-md bg-sky-500 px-1 text-xs font-semibold text-neutral-950"
        >
          {number}
        </span>
        <button
          type="button"
          onClick={() => onRemove(image.id)}
          aria-label={`Remove ${label}`}
          className="absolute right-1 top-1 flex h-6 w-6 items-center justify-center rounded-md bg-neutral-950/80 text-sm text-neutral-100 hover:bg-red-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
        >
          ×
        </button>
      </div>
      {image.status === "ready" && image.ref ? (
        <RenameField
          assetId={image.ref.assetId}
          name={image.name}
          label={label}
          className="mt-1 text-xs text-neutral-300"
        />
      ) : (
        <p className="mt-1 truncate text-xs text-neutral-300" title={image.name}>
          {image.name}
        </p>
      )}
      {image.status === "failed" ? (
        <div className="mt-1 space-y-1">
          <p className="text-[11px] leading-snug text-red-300">{image.error ?? "The upload failed."}</p>
          <button
            type="button"
            onClick={() => onRetry(image.id)}
            aria-label={`Retry ${label}`}
            className={`${iconButton} w-full`}
          >
            Retry
          </button>
        </div>
      ) : null}
      <div className="mt-1 flex items-center justify-between gap-1">
        <button
          type="button"
          data-control="left"
          onClick={() => onMove(image.id, index - 1, "left")}
          disabled={index === 0}
          aria-label={`Move image ${number} left`}
          className={iconButton}
        >
          ←
        </button>
        {onInsert ? (
          <button
            type="button"
            onClick={() => onInsert(image.id)}
            aria-label={`Insert image ${number} into prompt`}
            className={iconButton}
          >
            Insert
          </button>
        ) : null}
        <button
          type="button"
          data-control="right"
          onClick={() => onMove(image.id, index + 1, "right")}
          disabled={index === count - 1}
          aria-label={`Move image ${number} right`}
          className={iconButton}
        >
          →
        </button>
      </div>
    </li>
  );
}
