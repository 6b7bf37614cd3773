import { z } from "zod";
import { referTypes } from "@/lib/generations/settings";
import { type ImageRef, imageRefSchema } from "./image-ref";
import { type VideoRef, videoRefSchema } from "./video-ref";

/**
 * The references of a draft kept in localStorage. Drafts written before `ImageRef` (key `o1studio.draft.v2`) are
 * still read, so a deploy never empties a creator's tray.
 */
export type DraftImage = { trayId: string; ref: ImageRef };

const draftImageSchema = z.object({ trayId: z.string().min(1), ref: imageRefSchema });

/** v2: `stored.url` was the app's copy, `stored.upstreamUrl` the upstream one. */
const legacyDraftImageSchema = z.object({
  trayId: z.string().min(1),
  stored: z.object({
    assetId: z.string().min(1),
    name: z.string(),
    url: z.string().min(1),
    upstreamUrl: z.string().min(1),
    width: z.number(),
    height: z.number(),
  }),
});

/** v2: the check carried a data-URL poster, which is not kept (the server keeps the poster now). */
const legacyDraftVideoSchema = z.object({
  url: z.string().min(1),
  referType: z.enum(referTypes),
  keepOriginalSound: z.boolean(),
  checked: z.object({ description: z.string(), durationSeconds: z.number().positive() }).optional(),
});

export function readDraftImages(value: unknown): DraftImage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): DraftImage[] => {
    const current = draftImageSchema.safeParse(entry);
    if (current.success) return [current.data];
    const legacy = legacyDraftImageSchema.safeParse(entry);
    if (!legacy.success) return [];
    const { assetId, name, url, upstreamUrl, width, height } = legacy.data.stored;
    return [{ trayId: legacy.data.trayId, ref: { assetId, name, width, height, previewUrl: url, upstreamUrl } }];
  });
}

export function readDraftVideo(value: unknown): VideoRef | null {
  if (value === null || typeof value !== "object") return null;
  if ("checked" in value) {
    const legacy = legacyDraftVideoSchema.safeParse(value);
    if (!legacy.success) return null;
    const { url, referType, keepOriginalSound, checked } = legacy.data;
    return { url, referType, keepOriginalSound, ...(checked ? { check: checked } : {}) };
  }
  const current = videoRefSchema.safeParse(value);
  return current.success ? current.data : null;
}
