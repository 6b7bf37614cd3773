"use client";

import { useState } from "react";

/** The upstream task id, kept and copyable, so the creator can always ask APIMart about a task. */
export function TaskId({ taskId }: { taskId: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <code className="truncate rounded bg-neutral-950 px-2 py-1 font-mono text-xs text-neutral-300">{taskId}</code>
      <button
        type="button"
        className="rounded-md px-2 py-1 text-xs text-sky-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
        onClick={() => void navigator.clipboard?.writeText(taskId).then(() => setCopied(true))}
      >
        {copied ? "Copied" : "Copy task id"}
      </button>
    </div>
  );
}
