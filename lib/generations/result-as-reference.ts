import "server-only";
import { findGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { mediaUrl } from "@/lib/media/paths";

/** Hours of life an upstream URL must still have to be worth sending instead of the app's own copy. */
const MARGIN_MS = 60 * 60 * 1000;

/**
 * A past result as a reference video: its upstream URL while that still lives (APIMart can surely fetch it),
 * else the app's own public copy.
 */
export function resultAsReference(generationId: string, now = Date.now()): string {
  const row = findGeneration(generationId);
  if (row?.status !== "completed" || !row.videoFile || row.deletedAt !== null) {
    throw new AppError("not_found", "That video is not available.");
  }
  if (row.upstreamVideoUrl && row.upstreamExpiresAt && row.upstreamExpiresAt > now + MARGIN_MS) {
    return row.upstreamVideoUrl;
  }
  const config = env();
  const local = /^(localhost|127\.|\[::1\])/.test(new URL(config.publicBaseUrl).host);
  if (local && !config.usingSimulator) {
    throw new AppError(
      "invalid_request",
      "This video's APIMart link has expired, and APIMart cannot fetch the app's copy from localhost. Set PUBLIC_BASE_URL to this app's public address.",
    );
  }
  return `${config.publicBaseUrl}${mediaUrl("videos", row.videoFile)}`;
}
