"use client";

import type React from "react";
import { useMemo } from "react";
import type { RemovedImage } from "@/lib/composer/commands";
import { maxImagesFor } from "@/lib/composer/tray";
import type { TrayImage } from "@/lib/references/tray-image";
import { useComposerContext, useComposerState } from "./composer-context";

export type Tray = {
  /** In image_urls order: an image's number is its index + 1. */
  images: TrayImage[];
  /** 7, or 4 when a reference video is set. */
  maxImages: number;
  /** Images beyond maxImages (after a reference video lowered the limit); the creator must remove them. */
  overLimit: number;
  /** Recent rejection messages, newest last. */
  rejections: string[];
  /** Adds files at once as "checking" placeholders and returns their ids; files beyond the limit are refused. */
  addFiles(files: File[]): string[];
  /** Takes the image and its chips out, offering Undo. */
  remove(id: string): RemovedImage | undefined;
  move(id: string, toIndex: number): void;
  retry(id: string): void;
  dismissRejection(message: string): void;
  dismissRejections(): void;
  /** Attach to onPaste: pasted image files join the tray, text pastes are left alone. */
  handlePaste(event: React.ClipboardEvent | ClipboardEvent): string[];
};

/** The composer's tray, as the tray components use it. State and commands both belong to the composer. */
export function useTray(): Tray {
  const { composer, actions } = useComposerContext();
  const { draft, rejections } = useComposerState();
  const maxImages = maxImagesFor(composer.limits, draft.video);
  return useMemo(
    () => ({
      images: draft.images,
      maxImages,
      overLimit: Math.max(0, draft.images.length - maxImages),
      rejections,
      addFiles: actions.addFiles,
      remove: actions.removeImage,
      move: actions.moveImage,
      retry: actions.retryImage,
      dismissRejection: (message: string) => actions.dismissRejections(message),
      dismissRejections: () => actions.dismissRejections(),
      handlePaste: (event: React.ClipboardEvent | ClipboardEvent) =>
        actions.handlePaste("nativeEvent" in event ? event.nativeEvent : event, event.clipboardData),
    }),
    [draft.images, maxImages, rejections, actions],
  );
}
