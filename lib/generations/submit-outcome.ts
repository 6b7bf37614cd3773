import { idempotencyConflictOf } from "@/lib/apimart";
import { AppError } from "@/lib/errors";

/**
 * Whether a failed submit may still have created (and charged) a task. Then the app must not guess: it asks
 * again with the identical body and Idempotency-Key until APIMart answers with the task or a definite refusal.
 * - no answer at all: a timeout, a lost connection;
 * - 5xx and other upstream trouble (a gateway may have forwarded the request before failing);
 * - 409 `in_progress` / `result_indeterminate`, 503 `unavailable`: APIMart says to ask again with the same key.
 * A 409 `key_reused` is definite (the next claim of the draft gets a new key); so is every 4xx refusal.
 */
export function outcomeUnknown(error: unknown): boolean {
  const conflict = idempotencyConflictOf(error);
  if (conflict !== undefined) return conflict !== "key_reused";
  if (!(error instanceof AppError)) return false;
  return error.code === "timeout" || error.code === "network" || error.code === "upstream";
}

/** Tries of one submit before the app stops asking (each waits up to SUBMIT_TIMEOUT_MS). */
export const SUBMIT_MAX_ATTEMPTS = 6;

/** A submit older than this is never sent again (its key may be forgotten upstream, and the creator moved on). */
export const SUBMIT_GIVE_UP_MS = 30 * 60 * 1000;

export const UNCONFIRMED_MESSAGE =
  "APIMart never confirmed this submit, so the app stopped asking. If it appears in your APIMart console it was charged; otherwise nothing was spent.";

export const INTERRUPTED_MESSAGE = "The submit was interrupted before anything was sent. Generate again.";

/** Wait before asking again: 3 s, 9 s, 27 s … at most 5 minutes, never sooner than upstream's Retry-After. */
export function submitRetryDelay(attempts: number, minIntervalMs: number, retryAfterSeconds?: number): number {
  const base = Math.max(1_000, minIntervalMs);
  const delay = Math.min(5 * 60_000, base * 3 ** Math.max(0, attempts - 1));
  return Math.max(delay, (retryAfterSeconds ?? 0) * 1000);
}
