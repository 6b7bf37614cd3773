"use client";

import { aspectClass, formatCost } from "@/lib/generations/format";
import { modeLabels } from "@/lib/generations/recipe";
import type { GenerationView } from "@/lib/generations/view";
import { ProgressStatus } from "./progress-status";

export function GenerationCard({ generation }: { generation: GenerationView }) {
  const { status } = generation;
  const cost = formatCost(generation.cost);
  return (
    <article
      aria-label={`Generation: ${generation.prompt.slice(0, 60)}`}
      data-status={status}
      data-testid="generation-card"
      className="overflow-hidden rounded-2xl bg-neutral-900 ring-1 ring-neutral-800"
    >
      <div className={`${aspectClass[generation.aspectRatio]} max-h-[28rem] w-full bg-neutral-950`}>
        {status === "completed" && generation.videoUrl ? (
          <video
            controls
            playsInline
            preload="metadata"
            src={generation.videoUrl}
            poster={generation.posterUrl ?? undefined}
            aria-label={`Video: ${generation.prompt.slice(0, 60)}`}
            className="h-full w-full object-contain"
          />
        ) : status === "failed" || status === "cancelled" ? (
          <div className="flex h-full items-center justify-center p-6 text-center">
            <p className="text-sm text-red-200" data-testid="generation-error">
              {generation.error?.message ?? "This generation did not finish."}
            </p>
          </div>
        ) : (
          <div className="flex h-full flex-col justify-end">
            <ProgressStatus generation={generation} />
          </div>
        )}
      </div>
      <div className="space-y-2 p-4">
        <p className="line-clamp-3 text-sm leading-relaxed text-neutral-200">{generation.prompt}</p>
        <ul className="flex flex-wrap gap-1.5 text-xs text-neutral-400" aria-label="Settings">
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{modeLabels[generation.mode]}</li>
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{generation.duration} s</li>
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{generation.aspectRatio}</li>
          {cost ? <li className="rounded-md bg-neutral-800 px-2 py-0.5">{cost}</li> : null}
        </ul>
        {generation.taskId ? (
          <p className="truncate font-mono text-[11px] text-neutral-600" title="APIMart task id">
            {generation.taskId}
          </p>
        ) : null}
      </div>
    </article>
  );
}
