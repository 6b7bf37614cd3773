import "server-only";
import { findGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import type { LifecycleDeps } from "./deps";

/** Hours of life an upstream URL must still have to be worth sending instead of the app's own copy. */
const MARGIN_MS = 60 * 60 * 1000;

/** How long a handed-out link to the app's copy must work (an S3 presigned URL's lifetime). */
const FETCHABLE_FOR_SECONDS = 24 * 60 * 60;

/**
 * A past result as a reference video: its upstream URL while that still lives (APIMart can surely fetch it),
 * else a URL of the app's own copy that APIMart can fetch.
 */
export async function resultAsReference(
  deps: Pick<LifecycleDeps, "db" | "clock" | "storage" | "settings">,
  generationId: string,
): Promise<string> {
  const row = await findGeneration(deps.db, generationId);
  if (row?.status !== "completed" || !row.videoFile || row.deletedAt !== null) {
    throw new AppError("not_found", "That video is not available.");
  }
  if (row.upstreamVideoUrl && row.upstreamExpiresAt && row.upstreamExpiresAt > deps.clock.now() + MARGIN_MS) {
    return row.upstreamVideoUrl;
  }
  const { publicBaseUrl, usingSimulator } = deps.settings;
  const local = /^(localhost|127\.|\[::1\])/.test(new URL(publicBaseUrl).host);
  if (deps.storage.kind === "local" && local && !usingSimulator) {
    throw new AppError(
      "invalid_request",
      "This video's APIMart link has expired, and APIMart cannot fetch the app's copy from localhost. Set PUBLIC_BASE_URL to this app's public address.",
    );
  }
  return deps.storage.fetchableUrl("videos", row.videoFile, FETCHABLE_FOR_SECONDS);
}
