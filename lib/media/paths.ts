import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { isServableName, type MediaKind } from "@/lib/storage/media-names";

export { type MediaKind, mediaKinds, mediaUrl } from "@/lib/storage/media-names";

/**
 * The media folder's paths, read-only: `lib/video/own-media` reads the app's own folder copy of a video instead of
 * fetching it over HTTP. Every write goes through `MediaStorage` (lib/storage); in S3 mode nothing is found here.
 */
export function mediaDir(kind: MediaKind): string {
  return path.join(env().dataDir, "media", kind);
}

/** Absolute path of a stored media file, or undefined when the name is not a plain servable one. */
export function mediaPath(kind: MediaKind, name: string): string | undefined {
  return isServableName(name) ? path.join(mediaDir(kind), name) : undefined;
}
