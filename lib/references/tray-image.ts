import type { ImageRef } from "./image-ref";

/**
 * A reference image in the composer's tray: browser state around an `ImageRef`. Chips in the prompt refer to
 * `id` (stable from the moment the file is added), never to a position: the number shown is always the image's
 * current 1-based tray position.
 */
export type TrayImageStatus = "checking" | "uploading" | "ready" | "failed";

export type TrayImage = {
  /** Client-side identity, assigned when the image enters the tray. */
  id: string;
  /** File name shown to the creator ("beach.jpg"). */
  name: string;
  status: TrayImageStatus;
  /** Upload progress, 0–100. */
  progress: number;
  /** Why it failed, written for the creator (which file, which rule). */
  error?: string;
  /** An object URL of the local file, shown while it is checked and uploaded (the browser's, never sent). */
  localPreviewUrl?: string;
  /** The stored image, once the app and upstream both have it (status "ready"). */
  ref?: ImageRef;
};

/** What an <img> shows for the image right now: the app's copy once stored, the local file before. */
export function thumbnailUrl(image: TrayImage): string | undefined {
  return image.ref?.previewUrl ?? image.localPreviewUrl;
}

/** The reference to send, or undefined while the image is not ready. */
export function readyRef(image: TrayImage): ImageRef | undefined {
  return image.status === "ready" ? image.ref : undefined;
}

/** An image the app already stores (a remix, a restored draft): it enters the tray ready, with no upload. */
export function trayImageFromRef(ref: ImageRef, id: string): TrayImage {
  return { id, name: ref.name, status: "ready", progress: 100, ref };
}
