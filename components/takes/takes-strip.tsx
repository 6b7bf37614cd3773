"use client";

import { promptLabel } from "@/lib/generations/prompt-label";
import type { GenerationView } from "@/lib/generations/view";
import { useTakesOf } from "./takes-context";

const chip =
  "pointer-coarse:min-h-11 rounded-lg px-2.5 py-1.5 text-xs font-medium text-sky-200 ring-1 ring-sky-800 hover:bg-sky-950 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400";

/** On a card that stands for several takes of one recipe: how many, how far along, and "Compare takes". */
export function TakesStrip({ generation }: { generation: GenerationView }) {
  const { takes, compare } = useTakesOf(generation);
  if (takes.length < 2) return null;
  const done = takes.filter((take) => take.status === "completed").length;
  const starred = takes.findIndex((take) => take.favourite);
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg bg-sky-950/40 px-2.5 py-1.5 text-xs text-sky-100">
      <span data-testid="take-count">
        {takes.length} takes · {done} ready{starred >= 0 ? ` · ★ take ${starred + 1}` : ""}
      </span>
      <button
        type="button"
        className={chip}
        onClick={compare}
        aria-label={`Compare takes: ${promptLabel(generation.prompt, generation.images, 40)}`}
      >
        Compare takes
      </button>
    </div>
  );
}
