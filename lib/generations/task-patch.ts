import type { UpstreamTask } from "@/lib/apimart";
import type { PollTiming } from "@/lib/config/parse-env";
import type { GenerationPatch, GenerationRow } from "@/lib/db/generations";
import { nextPollDelay } from "./poll-schedule";

type Patch = Omit<GenerationPatch, "updatedAt">;

/** Past this, a task upstream still calls running is given up on (`lost`): nothing is polled forever. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

export const GAVE_UP_MESSAGE =
  "APIMart still reported this task as running after 24 hours, so the app stopped asking. The task id is kept: ask APIMart about it, or use Check again.";

/**
 * The apply step of a refresh (pure): what a poll answer changes on the row. A finished task moves to
 * `saving` (the copy is separate work, so a slow download never holds up polling); the time it finished
 * upstream is kept as `completedAt` (that is when it was charged).
 */
export function taskPatch(row: GenerationRow, task: UpstreamTask, now: number, poll: PollTiming): Patch {
  const common = {
    pollCount: row.pollCount + 1,
    pollFailures: 0,
    lastPolledAt: now,
    pollErrorMessage: null,
    notFoundSince: null,
    estimatedTime: task.estimatedTime ?? row.estimatedTime,
    cost: task.cost ?? row.cost,
    creditsCost: task.creditsCost ?? row.creditsCost,
  } satisfies Patch;
  const finishedAt = task.completedAt ? task.completedAt * 1000 : now;
  if (task.status === "completed") {
    if (!task.videoUrl) {
      return {
        ...common,
        status: "failed",
        errorCode: "upstream",
        errorMessage: "The video service finished the task without a video.",
        completedAt: finishedAt,
        nextPollAt: null,
      };
    }
    return {
      ...common,
      status: "saving",
      progress: 100,
      upstreamVideoUrl: task.videoUrl,
      upstreamExpiresAt: task.videoExpiresAt ? task.videoExpiresAt * 1000 : null,
      completedAt: finishedAt,
      nextPollAt: null,
      nextCopyAt: null,
      errorCode: null,
      errorMessage: null,
    };
  }
  if (task.status === "failed" || task.status === "cancelled") {
    return {
      ...common,
      status: task.status,
      errorCode: task.error?.code ?? "upstream",
      errorMessage:
        task.error?.message ??
        (task.status === "cancelled" ? "The task was cancelled by the video service." : "The video failed."),
      completedAt: finishedAt,
      nextPollAt: null,
    };
  }
  const started = row.submittedAt ?? row.createdAt;
  if (now - started > GIVE_UP_AFTER_MS) {
    return { ...common, status: "lost", errorCode: "timeout", errorMessage: GAVE_UP_MESSAGE, nextPollAt: null };
  }
  return {
    ...common,
    status: task.status,
    progress: Math.max(row.status === "lost" ? 0 : row.progress, task.progress),
    errorCode: null,
    errorMessage: null,
    nextPollAt: now + nextPollDelay({ pollCount: common.pollCount, pollFailures: 0 }, poll),
  };
}
