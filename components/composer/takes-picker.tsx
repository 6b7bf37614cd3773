"use client";

import { useId } from "react";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { takeCounts } from "@/lib/takes/take-count";

/** "Generate ×N": how many takes of this draft one press sends (each its own task, priced and limited). */
export function TakesPicker() {
  const { takes, sending } = useComposerState();
  const { setTakes } = useComposerActions();
  const id = useId();
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id} className="text-xs text-neutral-400">
        Takes
      </label>
      <select
        id={id}
        value={takes}
        disabled={sending}
        onChange={(event) => setTakes(Number(event.target.value))}
        className="rounded-lg bg-neutral-900 px-2 py-2 text-sm font-medium text-neutral-100 ring-1 ring-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        {takeCounts.map((count) => (
          <option key={count} value={count}>
            ×{count}
          </option>
        ))}
      </select>
    </div>
  );
}
