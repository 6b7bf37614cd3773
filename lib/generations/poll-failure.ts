import type { PollTiming } from "@/lib/config/parse-env";
import type { GenerationPatch, GenerationRow } from "@/lib/db/generations";
import { AppError, toUserError } from "@/lib/errors";
import { nextPollDelay } from "./poll-schedule";

type Patch = Omit<GenerationPatch, "updatedAt">;

export const LOST_MESSAGE =
  "APIMart no longer knows this task (it answered “not found” for over a minute). The task id is kept, so you can ask APIMart about it.";

/** A refused key (401/403): polling everything would only repeat the refusal, so all of it pauses. */
export function isAuthRefusal(error: unknown): error is AppError {
  return error instanceof AppError && error.code === "auth";
}

export function isTaskNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === "not_found";
}

/**
 * What a failed poll changes (pure). "Task not found" is tolerated for `lostAfterMs` (upstream can be briefly
 * inconsistent right after a submit) and then ends the task as `lost`, task id kept. A refused key waits for the
 * next key check instead of backing off. Anything else backs off exponentially and keeps the task.
 */
export function pollFailurePatch(
  row: GenerationRow,
  error: unknown,
  now: number,
  timing: { poll: PollTiming; lostAfterMs: number; authRecheckMs: number },
): Patch {
  const failures = row.pollFailures + 1;
  const base = { pollFailures: failures, lastPolledAt: now, pollErrorMessage: toUserError(error).message };
  const backoff = now + nextPollDelay({ pollCount: row.pollCount, pollFailures: failures }, timing.poll);
  if (isTaskNotFound(error)) {
    const since = row.notFoundSince ?? now;
    if (now - since >= timing.lostAfterMs) {
      return {
        ...base,
        status: "lost",
        errorCode: "not_found",
        errorMessage: LOST_MESSAGE,
        notFoundSince: since,
        nextPollAt: null,
      };
    }
    return { ...base, notFoundSince: since, nextPollAt: backoff };
  }
  if (isAuthRefusal(error)) return { ...base, nextPollAt: now + timing.authRecheckMs };
  return { ...base, nextPollAt: backoff };
}
