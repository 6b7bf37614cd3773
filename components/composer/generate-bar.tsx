"use client";

import { useId } from "react";
import { useComposerActions, useComposerContext, useComposerState } from "@/hooks/composer-context";
import { formatUsd } from "@/lib/apimart/prices";
import { draftCost } from "@/lib/composer/cost";
import { readiness } from "@/lib/composer/readiness";
import { TakesPicker } from "./takes-picker";

const primary =
  "rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 transition hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 focus-visible:ring-offset-2 focus-visible:ring-offset-neutral-950 disabled:cursor-not-allowed disabled:bg-neutral-700 disabled:text-neutral-400";

/**
 * Generate, and what to know before pressing it: why it cannot be pressed yet, what it will cost, whether money
 * is spent at all. A repeat of the draft just sent is not sent again; a second take has its own button.
 */
export function GenerateBar({ usingSimulator }: { usingSimulator: boolean }) {
  const state = useComposerState();
  const { composer } = useComposerContext();
  const actions = useComposerActions();
  const reasonId = useId();
  const ready = readiness(state, composer.limits);
  const cost = draftCost(state.draft);
  const reason = ready.ready || state.sending ? null : ready.reason;
  const takes = state.takes;

  return (
    <div className="space-y-2">
      {state.repeatRefused ? (
        <p
          role="status"
          className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 rounded-lg bg-neutral-800/70 px-3 py-2 text-sm text-neutral-200"
        >
          <span>This exact draft was sent a moment ago, so it was not sent again.</span>
          <button
            type="button"
            disabled={state.sending}
            onClick={() => void actions.submit({ anotherTake: true })}
            className="rounded-lg px-3 py-1.5 font-medium text-sky-300 ring-1 ring-sky-800 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 disabled:opacity-50"
          >
            Make another take
          </button>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-2">
        <p id={reasonId} className="mr-auto text-xs text-neutral-400">
          {/* The shortcut means nothing on a touch screen: shown only with a mouse or trackpad (no flash, no JS). */}
          {reason ?? <span className="hidden pointer-fine:inline">Ctrl+Enter (⌘+Enter on a Mac) generates.</span>}
        </p>
        <p className="text-right text-xs text-neutral-400">
          <span data-testid="cost-estimate" className="text-sm font-medium tabular-nums text-neutral-100">
            {takes > 1 ? `${takes} × ${cost.label} = ≈ ${formatUsd(cost.usd * takes)}` : cost.label}
          </span>
          <span className="sr-only">
            {" "}
            estimated for {takes > 1 ? `${takes} takes of ${cost.seconds} s` : `${cost.seconds} s`}
          </span>
          {usingSimulator ? <span className="block text-emerald-300">Simulator — no money is spent</span> : null}
        </p>
        <TakesPicker />
        <button
          type="submit"
          disabled={state.sending || !ready.ready}
          aria-busy={state.sending}
          aria-describedby={reasonId}
          className={primary}
        >
          {state.sending ? "Submitting…" : takes > 1 ? `Generate ×${takes}` : "Generate"}
        </button>
      </div>
    </div>
  );
}
