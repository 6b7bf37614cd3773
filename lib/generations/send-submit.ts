import "server-only";
import type { GenerationRequest } from "@/lib/apimart";
import type { GenerationRow } from "@/lib/db/generations";
import { AppError, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { LifecycleDeps } from "./deps";
import { type HeldRow, withLease } from "./lease-work";
import { nextPollDelay } from "./poll-schedule";
import {
  INTERRUPTED_MESSAGE,
  outcomeUnknown,
  SUBMIT_GIVE_UP_MS,
  SUBMIT_MAX_ATTEMPTS,
  submitRetryDelay,
  UNCONFIRMED_MESSAGE,
} from "./submit-outcome";
import { clearUpstreamPause } from "./upstream-pause";

/** Who is sending: the creator's submit (a refusal goes back to the composer) or the background resume. */
export type SendContext = "action" | "resume";

export type SendResult = { row: GenerationRow; refusal?: unknown };

/** The key of this claim; rows from before per-claim keys used the draft id. */
export function idempotencyKeyOf(row: GenerationRow): string {
  return row.idempotencyKey ?? row.draftId;
}

/**
 * One upstream submit of the row's stored body with its Idempotency-Key, and its outcome recorded under the
 * lease. A task id is saved at once. A definite refusal ends the row (`rejected` when the composer is waiting
 * and will show it, `failed` on a card the creator already has). An answer that never came keeps the row
 * `submitting` and schedules the same request again; it is never guessed to have failed.
 */
export async function sendSubmit(deps: LifecycleDeps, held: HeldRow, context: SendContext): Promise<SendResult> {
  const { row } = held;
  const body = JSON.parse(row.requestJson) as GenerationRequest;
  let taskId: string;
  try {
    ({ taskId } = await deps.upstream.submitGeneration(body, { idempotencyKey: idempotencyKeyOf(row) }));
  } catch (error) {
    return recordFailure(deps, held, context, error);
  }
  const now = deps.clock.now();
  // If this write fails (a full disk), the row stays `submitting` with its key: the resume replays the key and
  // APIMart answers with this same task, so it is recorded later instead of lost.
  const saved = await held.save({
    taskId,
    status: "pending",
    submittedAt: now,
    submitAttempts: row.submitAttempts + 1,
    nextSubmitAt: null,
    pollErrorMessage: null,
    errorCode: null,
    errorMessage: null,
    nextPollAt: now + nextPollDelay({ pollCount: 0, pollFailures: 0 }, deps.settings.poll),
  });
  await clearUpstreamPause(deps).catch((error: unknown) => logError("clear pause", error));
  return { row: saved ?? row };
}

async function recordFailure(
  deps: LifecycleDeps,
  held: HeldRow,
  context: SendContext,
  error: unknown,
): Promise<SendResult> {
  const { row } = held;
  const now = deps.clock.now();
  const { code, message } = toUserError(error);
  if (!outcomeUnknown(error)) {
    const saved = await held.save({
      status: context === "action" ? "rejected" : "failed",
      errorCode: code,
      errorMessage: message,
      nextSubmitAt: null,
      completedAt: context === "action" ? null : now,
    });
    return { row: saved ?? row, refusal: error };
  }
  if (error instanceof AppError) logError(`submit ${row.id} unanswered (${code})`, error.detail ?? message);
  const attempts = row.submitAttempts + 1;
  if (attempts >= SUBMIT_MAX_ATTEMPTS || now - row.createdAt > SUBMIT_GIVE_UP_MS) {
    const saved = await held.save({
      status: "failed",
      submitAttempts: attempts,
      errorCode: code,
      errorMessage: UNCONFIRMED_MESSAGE,
      nextSubmitAt: null,
      completedAt: now,
    });
    return { row: saved ?? row };
  }
  const retryAfter = error instanceof AppError ? error.retryAfterSeconds : undefined;
  const saved = await held.save({
    submitAttempts: attempts,
    nextSubmitAt: now + submitRetryDelay(attempts, deps.settings.poll.minIntervalMs, retryAfter),
    pollErrorMessage: message,
  });
  return { row: saved ?? row };
}

/**
 * Sends again a submit whose answer never came — after a timeout, or left `submitting` by a crash (found by the
 * sweep once the dead worker's lease ran out). A row whose body was never written was never sent: it is set
 * aside as refused, so its draft can be claimed again.
 */
export async function resumeSubmit(deps: LifecycleDeps, id: string): Promise<GenerationRow | undefined> {
  return withLease(deps, id, "submit", async (held) => {
    const { row } = held;
    const now = deps.clock.now();
    if (row.requestJson === "") {
      return (await held.save({ status: "rejected", errorCode: "internal", errorMessage: INTERRUPTED_MESSAGE })) ?? row;
    }
    if (now - row.createdAt > SUBMIT_GIVE_UP_MS) {
      const saved = await held.save({
        status: "failed",
        errorCode: "timeout",
        errorMessage: UNCONFIRMED_MESSAGE,
        completedAt: now,
      });
      return saved ?? row;
    }
    return (await sendSubmit(deps, held, "resume")).row;
  });
}
