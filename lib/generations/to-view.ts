import "server-only";
import { z } from "zod";
import type { GenerationRow } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { errorCodes } from "@/lib/errors";
import { mediaUrl } from "@/lib/media/paths";
import { liveShareLink } from "@/lib/shares/share-links";
import { storedRecipe } from "./stored-recipe";
import type { GenerationStatus, GenerationView } from "./view";

export function toView(row: GenerationRow, now = Date.now()): GenerationView {
  return {
    ...storedRecipe(row),
    id: row.id,
    taskId: row.taskId,
    status: viewStatus(row),
    progress: row.status === "completed" ? 100 : row.progress,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    estimatedTime: row.estimatedTime,
    videoUrl: row.videoFile ? mediaUrl("videos", row.videoFile) : null,
    posterUrl: row.posterFile ? mediaUrl("posters", row.posterFile) : null,
    cost: row.cost,
    error:
      row.status === "failed" || row.status === "rejected"
        ? { code: z.enum(errorCodes).catch("upstream").parse(row.errorCode), message: row.errorMessage ?? "Failed." }
        : null,
    pollWarning: row.pollErrorMessage,
    stalled: isStalled(row, now),
    share: row.status === "completed" ? liveShareLink(row.id) : null,
  };
}

/** Generous on purpose: real tasks often run past their estimate. Upstream is still asked, just less often. */
export function stallLimitMs(estimatedSeconds: number | null): number {
  const override = env().stallAfterMs;
  if (override !== undefined) return override;
  const estimate = (estimatedSeconds ?? 600) * 1000;
  return Math.max(estimate * 3, estimate + STALL_GRACE_MS);
}

const STALL_GRACE_MS = 10 * 60 * 1000;

function isStalled(row: GenerationRow, now: number): boolean {
  if (row.status !== "pending" && row.status !== "processing") return false;
  const started = row.submittedAt ?? row.createdAt;
  return now - started > stallLimitMs(row.estimatedTime);
}

function viewStatus(row: GenerationRow): GenerationStatus {
  if (row.status === "rejected") return "failed";
  // Upstream finished but the app has not kept its own copy yet.
  if (row.status === "processing" && row.upstreamVideoUrl && !row.videoFile) return "saving";
  return row.status;
}
