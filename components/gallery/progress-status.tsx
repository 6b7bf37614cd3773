"use client";

import { useNow } from "@/hooks/use-now";
import { formatSeconds } from "@/lib/generations/format";
import type { GenerationView } from "@/lib/generations/view";

const statusLabels: Record<GenerationView["status"], string> = {
  submitting: "Submitting",
  checking: "Checking with APIMart…",
  pending: "Queued",
  processing: "Generating",
  saving: "Saving video",
  completed: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
  lost: "Lost upstream",
  expired: "Result expired",
};

/** Progress bar, percent, elapsed time and ETA for a running generation. */
export function ProgressStatus({ generation }: { generation: GenerationView }) {
  const now = useNow(true);
  const started = generation.submittedAt ?? generation.createdAt;
  const elapsed = (now - started) / 1000;
  const eta = generation.estimatedTime === null ? null : generation.estimatedTime - elapsed;
  const label = statusLabels[generation.status];
  return (
    <div className="space-y-2 p-4">
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-neutral-200">{label}</span>
        <span className="tabular-nums text-neutral-400">{generation.progress}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={`${label}: progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={generation.progress}
        className="h-1.5 overflow-hidden rounded-full bg-neutral-800"
      >
        <div
          className="h-full rounded-full bg-sky-500 transition-[width] duration-700"
          style={{ width: `${Math.max(2, generation.progress)}%` }}
        />
      </div>
      <div className="flex justify-between text-xs tabular-nums text-neutral-400">
        <span>Elapsed {formatSeconds(elapsed)}</span>
        <span>
          {eta === null ? "Estimating…" : eta > 0 ? `About ${formatSeconds(eta)} left` : "Taking longer than estimated"}
        </span>
      </div>
      {generation.status === "checking" ? (
        <p className="text-xs text-amber-300">
          APIMart did not answer the submit. Asking again with the same request, so it cannot be charged twice.
        </p>
      ) : generation.pollWarning ? (
        <p className="text-xs text-amber-300">Still running. Last check: {generation.pollWarning}</p>
      ) : null}
    </div>
  );
}
