import type { PollTiming } from "@/lib/config/parse-env";

/**
 * When to ask upstream next about one task. A video takes minutes, so the first check waits, then checks
 * come every few seconds, slowing down the longer the task runs; failed checks back off exponentially.
 */
export function nextPollDelay(state: { pollCount: number; pollFailures: number }, timing: PollTiming): number {
  if (state.pollFailures > 0) {
    return Math.min(timing.maxIntervalMs, timing.minIntervalMs * 2 ** state.pollFailures);
  }
  if (state.pollCount === 0) return timing.initialDelayMs;
  // Ten checks at the fastest rate, then a ramp to the slowest over the next twenty.
  const ramp = Math.min(1, Math.max(0, (state.pollCount - 10) / 20));
  return Math.round(timing.minIntervalMs + (timing.maxIntervalMs - timing.minIntervalMs) * ramp);
}
