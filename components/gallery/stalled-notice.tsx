"use client";

import { useState } from "react";
import type { GenerationView } from "@/lib/generations/view";

/** Past the generous time limit: say so plainly and keep the task id at hand. */
export function StalledNotice({ generation }: { generation: GenerationView }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex h-full flex-col justify-center gap-3 p-5 text-sm">
      <p className="font-medium text-amber-200">Still running upstream</p>
      <p className="text-neutral-400">
        This is taking much longer than APIMart estimated. Nothing is lost: the task keeps running there, and this card
        updates when you check again.
      </p>
      {generation.taskId ? (
        <div className="flex items-center gap-2">
          <code className="truncate rounded bg-neutral-950 px-2 py-1 font-mono text-xs text-neutral-300">
            {generation.taskId}
          </code>
          <button
            type="button"
            className="rounded-md px-2 py-1 text-xs text-sky-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
            onClick={() => {
              const taskId = generation.taskId ?? "";
              void navigator.clipboard?.writeText(taskId).then(() => setCopied(true));
            }}
          >
            {copied ? "Copied" : "Copy task id"}
          </button>
        </div>
      ) : null}
    </div>
  );
}
