"use client";

import type { GenerationView } from "@/lib/generations/view";
import { TaskId } from "./task-id";

/** Past the generous time limit: say so plainly and keep the task id at hand. */
export function StalledNotice({ generation }: { generation: GenerationView }) {
  return (
    <div className="flex h-full flex-col justify-center gap-3 p-5 text-sm">
      <p className="font-medium text-amber-200">Still running upstream</p>
      <p className="text-neutral-400">
        This is taking much longer than APIMart estimated. Nothing is lost: the task keeps running there, and this card
        updates when you check again.
      </p>
      {generation.taskId ? <TaskId taskId={generation.taskId} /> : null}
    </div>
  );
}
