import { type Capabilities, defaultCapabilities } from "@/lib/generations/capabilities";
import { moveItem } from "@/lib/images/reorder";
import { splitByCount } from "@/lib/images/rules";
import type { TrayImage } from "@/lib/references/tray-image";

/**
 * Pure list operations on the tray. Order is the only source of numbering; ids never change, so chips keep
 * pointing at the right image whatever happens to the order.
 */

/**
 * How many images a draft may carry: the server's capabilities (env-overridable, since APIMart's count rules are
 * still an open question upstream: Q1), so the tray refuses exactly what the server would.
 */
export type CountLimits = Pick<Capabilities, "maxImages" | "maxImagesWithVideo" | "maxImagesWithFeatureVideo">;
export const defaultCountLimits: CountLimits = defaultCapabilities;

export function maxImagesFor(limits: CountLimits, video: { referType: "base" | "feature" } | null): number {
  if (!video) return limits.maxImages;
  return video.referType === "feature" ? limits.maxImagesWithFeatureVideo : limits.maxImagesWithVideo;
}

export const MAX_REJECTIONS = 5;

export function addRejections(current: string[], messages: ReadonlyArray<string>): string[] {
  return messages.length === 0 ? current : [...current, ...messages].slice(-MAX_REJECTIONS);
}

/** How many of `incoming` fit, and the message for the rest. */
export function admit(images: ReadonlyArray<TrayImage>, incoming: number, maxImages: number) {
  return splitByCount(images.length, incoming, maxImages);
}

export function patchImage(images: TrayImage[], id: string, change: Partial<TrayImage>): TrayImage[] {
  let found = false;
  const next = images.map((image) => {
    if (image.id !== id) return image;
    found = true;
    return { ...image, ...change, id };
  });
  return found ? next : images;
}

export function withoutImage(images: TrayImage[], id: string): TrayImage[] {
  const next = images.filter((image) => image.id !== id);
  return next.length === images.length ? images : next;
}

/** Puts an image back at its old index (undo); no count check: an undo brings back exactly what was there. */
export function insertImage(images: TrayImage[], image: TrayImage, index: number): TrayImage[] {
  if (images.some((candidate) => candidate.id === image.id)) return images;
  const next = [...images];
  next.splice(Math.max(0, Math.min(index, next.length)), 0, image);
  return next;
}

export function moveImage(images: TrayImage[], id: string, toIndex: number): TrayImage[] {
  const from = images.findIndex((image) => image.id === id);
  return from === -1 ? images : moveItem(images, from, toIndex);
}

/** The first image that is not ready yet, with its index, for messages. */
export function firstUnready(images: ReadonlyArray<TrayImage>): { image: TrayImage; index: number } | undefined {
  const index = images.findIndex((image) => image.status !== "ready");
  const image = images[index];
  return image ? { image, index } : undefined;
}

/** A library image renamed: every tray image of that asset takes the name (chips read it from here by id). */
export function renameAsset(images: TrayImage[], assetId: string, name: string): TrayImage[] {
  let changed = false;
  const next = images.map((image) => {
    if (image.ref?.assetId !== assetId || (image.name === name && image.ref.name === name)) return image;
    changed = true;
    return { ...image, name, ref: { ...image.ref, name } };
  });
  return changed ? next : images;
}
