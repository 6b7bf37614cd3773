import { z } from "zod";
import type { GenerationRow } from "@/lib/db/generations";
import type { ShareRow } from "@/lib/db/shares";
import { errorCodes } from "@/lib/errors";
import { mediaUrl } from "@/lib/storage/media-names";
import { estimateRecipeCost } from "./cost";
import type { Recipe } from "./recipe";
import type { GenerationStatus, GenerationView } from "./view";

/** Generous on purpose: real tasks often run past their estimate. Upstream is still asked, just less often. */
export function stallLimitMs(estimatedSeconds: number | null, override?: number): number {
  if (override !== undefined) return override;
  const estimate = (estimatedSeconds ?? 600) * 1000;
  return Math.max(estimate * 3, estimate + STALL_GRACE_MS);
}

const STALL_GRACE_MS = 10 * 60 * 1000;

function isStalled(row: GenerationRow, now: number, stallAfterMs?: number): boolean {
  if (row.status !== "pending" && row.status !== "processing") return false;
  const started = row.submittedAt ?? row.createdAt;
  return now - started > stallLimitMs(row.estimatedTime, stallAfterMs);
}

/** `checking`: a submit went unanswered and is being asked again with the same key. */
function viewStatus(row: GenerationRow): GenerationStatus {
  if (row.status === "rejected") return "failed";
  if (row.status === "submitting" && row.submitAttempts > 0) return "checking";
  return row.status;
}

const ended = new Set(["failed", "rejected", "lost", "expired", "cancelled"]);

/** One row as the browser sees it (pure): the recipe and share link are looked up by the caller, in batches. */
export function viewOf(
  row: GenerationRow,
  recipe: Recipe,
  share: (ShareRow & { url: string }) | undefined,
  options: { now: number; stallAfterMs?: number },
): GenerationView {
  return {
    ...recipe,
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
    creditsCost: row.creditsCost,
    estimatedCost: estimateRecipeCost(recipe).cost,
    error:
      ended.has(row.status) && row.errorMessage !== null
        ? { code: z.enum(errorCodes).catch("upstream").parse(row.errorCode), message: row.errorMessage }
        : row.status === "failed" || row.status === "rejected"
          ? { code: "upstream", message: "Failed." }
          : null,
    pollWarning: row.pollErrorMessage,
    stalled: isStalled(row, options.now, options.stallAfterMs),
    share:
      row.status === "completed" && share
        ? { slug: share.slug, url: share.url, hideReferences: share.hideReferences }
        : null,
    favourite: row.favouriteAt !== null,
    takeGroup: row.takeGroup ?? null,
  };
}
