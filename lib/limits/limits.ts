import { z } from "zod";

/** The studio's own per-account limits (the owner sets them in /settings; stored in the database). Pure. */
export const limitsSchema = z.object({
  runningAtOnce: z.coerce.number().int().min(1).max(50),
  submitsPerMinute: z.coerce.number().int().min(1).max(600),
  uploadsPerMinute: z.coerce.number().int().min(1).max(600),
  checksPerMinute: z.coerce.number().int().min(1).max(600),
  /** US dollars a month per account, checked against the estimate before every submit. */
  monthlySpendUsd: z.coerce.number().min(0).max(100_000),
});

export type Limits = z.infer<typeof limitsSchema>;

export const defaultLimits: Limits = {
  runningAtOnce: 3,
  submitsPerMinute: 6,
  uploadsPerMinute: 30,
  checksPerMinute: 10,
  monthlySpendUsd: 25,
};

export type RateKind = "submits" | "uploads" | "checks";

export const rateLabels: Record<RateKind, string> = {
  submits: "video submits",
  uploads: "uploads",
  checks: "“Check again” requests",
};

/** Start of the UTC month containing `now`, and of the next one. */
export function monthOf(now: number): { start: number; end: number } {
  const date = new Date(now);
  return {
    start: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1),
    end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1),
  };
}

export function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 90 * 60) return `${Math.ceil(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.ceil(seconds / 3600)} h`;
  return `${Math.ceil(seconds / 86_400)} days`;
}
