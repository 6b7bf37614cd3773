import { referTypes } from "@/lib/generations/settings";
import { isFiniteNumber, isOneOf, isRecord, isText } from "@/lib/json/guards";
import { type ImageRef, readImageRef } from "./image-ref";
import { readVideoRef, type VideoRef } from "./video-ref";

/**
 * The references of a draft kept in localStorage. Drafts written before `ImageRef` (key `o1studio.draft.v2`) are
 * still read, so a deploy never empties a creator's tray. Read without zod: this runs in the browser.
 */
export type DraftImage = { trayId: string; ref: ImageRef };

function readDraftImage(entry: unknown): DraftImage | undefined {
  if (!isRecord(entry) || !isText(entry.trayId, 1)) return undefined;
  const ref = readImageRef(entry.ref);
  return ref ? { trayId: entry.trayId, ref } : undefined;
}

/** v2: `stored.url` was the app's copy, `stored.upstreamUrl` the upstream one. */
function readLegacyDraftImage(entry: unknown): DraftImage | undefined {
  if (!isRecord(entry) || !isText(entry.trayId, 1) || !isRecord(entry.stored)) return undefined;
  const { assetId, name, url, upstreamUrl, width, height } = entry.stored;
  if (!isText(assetId, 1) || !isText(name) || !isText(url, 1) || !isText(upstreamUrl, 1)) return undefined;
  if (!isFiniteNumber(width) || !isFiniteNumber(height)) return undefined;
  return { trayId: entry.trayId, ref: { assetId, name, width, height, previewUrl: url, upstreamUrl } };
}

export function readDraftImages(value: unknown): DraftImage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): DraftImage[] => {
    const image = readDraftImage(entry) ?? readLegacyDraftImage(entry);
    return image ? [image] : [];
  });
}

/** v2: the check carried a data-URL poster, which is not kept (the server keeps the poster now). */
function readLegacyDraftVideo(value: Record<string, unknown>): VideoRef | null {
  const { url, referType, keepOriginalSound, checked } = value;
  if (!isText(url, 1) || !isOneOf(referTypes, referType) || typeof keepOriginalSound !== "boolean") return null;
  if (checked === undefined) return { url, referType, keepOriginalSound };
  if (!isRecord(checked) || !isText(checked.description)) return null;
  const { description, durationSeconds } = checked;
  if (!isFiniteNumber(durationSeconds) || durationSeconds <= 0) return null;
  return { url, referType, keepOriginalSound, check: { description, durationSeconds } };
}

export function readDraftVideo(value: unknown): VideoRef | null {
  if (!isRecord(value)) return null;
  if ("checked" in value) return readLegacyDraftVideo(value);
  return readVideoRef(value) ?? null;
}
