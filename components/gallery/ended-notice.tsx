"use client";

import type { GenerationView } from "@/lib/generations/view";
import { TaskId } from "./task-id";

const headings: Partial<Record<GenerationView["status"], string>> = { lost: "Lost upstream" };

/**
 * A generation that ended without a video: its message (named for what happened), and the task id when there
 * is one — a lost or expired task may still be found in the APIMart console.
 */
export function EndedNotice({ generation }: { generation: GenerationView }) {
  const heading = headings[generation.status];
  return (
    <div className="flex h-full flex-col items-center justify-center gap-3 p-6 text-center">
      {heading ? <p className="text-sm font-medium text-amber-200">{heading}</p> : null}
      <p className="text-sm text-red-200" data-testid="generation-error">
        {generation.error?.message ?? "This generation did not finish."}
      </p>
      {generation.taskId && generation.status !== "failed" && generation.status !== "cancelled" ? (
        <TaskId taskId={generation.taskId} />
      ) : null}
    </div>
  );
}
