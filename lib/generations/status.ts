/**
 * Generation states, in one place. Upstream's task states come first; the app adds its own:
 * - `submitting`: row written, not yet accepted upstream (shown as `checking` while an unanswered submit is
 *   being asked again with the same Idempotency-Key);
 * - `rejected`: never became a task (the composer showed why and kept the draft);
 * - `saving`: upstream finished, the app is copying the result into its own storage;
 * - `lost`: upstream kept answering "no such task" for over a minute (the task id is kept);
 * - `expired`: the result link died before the app could keep a copy.
 * Every state but `submitting`, `pending`, `processing` and `saving` is terminal: nothing asks upstream again.
 */
export const taskStatuses = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export const rowStatuses = ["submitting", "rejected", "saving", "lost", "expired", ...taskStatuses] as const;
export const viewStatuses = [
  "submitting",
  "checking",
  "pending",
  "processing",
  "saving",
  "completed",
  "failed",
  "cancelled",
  "lost",
  "expired",
] as const;

export type TaskStatus = (typeof taskStatuses)[number];
export type RowStatus = (typeof rowStatuses)[number];
export type GenerationStatus = (typeof viewStatuses)[number];

/** Row states after which upstream is never asked again. */
export const terminalRowStatuses = [
  "rejected",
  "completed",
  "failed",
  "cancelled",
  "lost",
  "expired",
] as const satisfies RowStatus[];

/** Row states a task id is polled in. */
export const runningRowStatuses = ["pending", "processing"] as const satisfies RowStatus[];

const terminalViews: ReadonlySet<GenerationStatus> = new Set(["completed", "failed", "cancelled", "lost", "expired"]);

export function isTerminal(status: GenerationStatus): boolean {
  return terminalViews.has(status);
}

/** Ended without a video: the card offers Retry. */
export function isUnsuccessful(status: GenerationStatus): boolean {
  return status === "failed" || status === "cancelled" || status === "lost" || status === "expired";
}
