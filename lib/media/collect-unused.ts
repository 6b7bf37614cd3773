import "server-only";
import { deleteImage } from "@/lib/db/images";
import { listImagesDeletedBefore } from "@/lib/db/library";
import { listGenerationMedia, listImageFiles } from "@/lib/db/media-usage";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { logError } from "@/lib/log";
import { legacyAssetIds, readStoredImages, readStoredVideo } from "@/lib/references/stored";
import { type MediaKind, mediaKinds, mediaNameOf } from "@/lib/storage/media-names";

type Kept = { imageIds: Set<string>; files: Record<MediaKind, Set<string>> };

/** Everything a generation (and so a share of it) still names. */
async function inUse(deps: Pick<LifecycleDeps, "db">): Promise<Kept> {
  const kept: Kept = {
    imageIds: new Set(),
    files: { videos: new Set(), posters: new Set(), images: new Set(), references: new Set() },
  };
  for (const row of await listGenerationMedia(deps.db)) {
    const stored = readStoredImages(row.imagesJson);
    for (const image of stored) if ("ref" in image) kept.imageIds.add(image.ref.assetId);
    for (const id of legacyAssetIds(stored)) kept.imageIds.add(id);
    const video = readStoredVideo(row.videoJson);
    const reference = video ? mediaNameOf(video.url, "references") : undefined;
    if (reference) kept.files.references.add(reference);
    const poster = video?.check?.posterUrl ? mediaNameOf(video.check.posterUrl, "posters") : undefined;
    if (poster) kept.files.posters.add(poster);
    if (row.videoFile) kept.files.videos.add(row.videoFile);
    if (row.posterFile) kept.files.posters.add(row.posterFile);
  }
  return kept;
}

export type Collected = { images: number; files: number; bytes: number };

/**
 * Deletes reference images the creator took out of their library, reference videos, posters and leftover files
 * that no generation (and so no share) uses, once the grace period (UNUSED_MEDIA_GRACE_HOURS) has passed. Every
 * image a creator adds stays in their library until they delete it, so a draft's images (drafts live in the
 * browser) are never collected from under it; a deleted image a recipe still names keeps its row and file.
 */
export async function collectUnusedMedia(
  deps: Pick<LifecycleDeps, "db" | "storage" | "clock" | "settings">,
): Promise<Collected> {
  const cutoff = deps.clock.now() - deps.settings.unusedMediaGraceMs;
  const kept = await inUse(deps);
  const collected: Collected = { images: 0, files: 0, bytes: 0 };
  for (const image of await listImagesDeletedBefore(deps.db, cutoff)) {
    if (kept.imageIds.has(image.id)) continue;
    if (await deleteImage(deps.db, image.id)) collected.images += 1;
  }
  for (const row of await listImageFiles(deps.db)) kept.files.images.add(row.file);
  for (const kind of mediaKinds) {
    for (const object of await deps.storage.list(kind)) {
      if (kept.files[kind].has(object.name) || object.modifiedAt >= cutoff) continue;
      try {
        await deps.storage.delete(kind, object.name);
        collected.files += 1;
        collected.bytes += object.bytes;
      } catch (error) {
        logError(`collect ${kind}/${object.name}`, error);
      }
    }
  }
  return collected;
}
