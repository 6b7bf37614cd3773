/**
 * Generation states, in one place. Upstream's task states come first; the app adds `submitting` (row written,
 * not yet accepted upstream) and `rejected` (never became a task), and shows `saving` while it copies a result.
 */
export const taskStatuses = ["pending", "processing", "completed", "failed", "cancelled"] as const;
export const rowStatuses = ["submitting", "rejected", ...taskStatuses] as const;
export const viewStatuses = [
  "submitting",
  "pending",
  "processing",
  "saving",
  "completed",
  "failed",
  "cancelled",
] as const;

export type TaskStatus = (typeof taskStatuses)[number];
export type RowStatus = (typeof rowStatuses)[number];
export type GenerationStatus = (typeof viewStatuses)[number];

/** Row states after which upstream is never asked again. */
export const terminalRowStatuses = ["rejected", "completed", "failed", "cancelled"] as const satisfies RowStatus[];

const terminalViews: ReadonlySet<GenerationStatus> = new Set(["completed", "failed", "cancelled"]);

export function isTerminal(status: GenerationStatus): boolean {
  return terminalViews.has(status);
}

/** Failed or cancelled: the card offers Retry. */
export function isUnsuccessful(status: GenerationStatus): boolean {
  return status === "failed" || status === "cancelled";
}
