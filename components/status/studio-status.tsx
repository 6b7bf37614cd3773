"use client";

import { useStudioStatus } from "@/hooks/use-studio-status";
import { formatUsd } from "@/lib/apimart/prices";
import { formatBytes } from "@/lib/generations/format";
import type { StudioStatus as Status } from "@/lib/generations/studio-status";

function balanceText(balance: NonNullable<Status["balance"]>): string {
  if (!balance.ok) return "unavailable";
  if (balance.balance.unlimited) return "unlimited";
  return balance.balance.remainingUsd === undefined ? "unknown" : formatUsd(balance.balance.remainingUsd);
}

function Fact({ label, value, title }: { label: string; value: string; title?: string }) {
  return (
    <div className="flex items-baseline gap-1.5" title={title}>
      <dt className="text-neutral-400">{label}</dt>
      <dd className="tabular-nums text-neutral-200">{value}</dd>
    </div>
  );
}

/**
 * The header's status: a plain badge on the simulator (cards show prices, but nothing is charged), spend today
 * and this month, the APIMart balance when a key is set, storage used.
 */
export function StudioStatusFacts() {
  const { data } = useStudioStatus();
  if (!data) return null;
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1 text-xs">
      {data.simulator ? (
        <span className="rounded-full bg-amber-950 px-2.5 py-0.5 font-medium text-amber-200 ring-1 ring-amber-800">
          Simulator — no money is spent
        </span>
      ) : null}
      <dl aria-label="Spend and storage" className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <Fact label="Today" value={formatUsd(data.spend.today.usd)} title={`${data.spend.today.generations} clips`} />
        <Fact label="This month" value={formatUsd(data.spend.month.usd)} />
        {data.balance ? (
          <Fact
            label="Balance"
            value={balanceText(data.balance)}
            title={data.balance.ok ? undefined : data.balance.message}
          />
        ) : null}
        <Fact label="Storage" value={formatBytes(data.storageBytes)} />
      </dl>
    </div>
  );
}

/** One banner while APIMart refuses the key: polling waits instead of looping, and nothing is lost. */
export function PausedBanner() {
  const { data } = useStudioStatus();
  if (!data?.paused) return null;
  return (
    <div role="alert" className="rounded-xl bg-red-950/60 p-4 text-sm text-red-100 ring-1 ring-red-800">
      <p className="font-medium">Checking on your videos is paused</p>
      <p className="mt-1 text-red-200">
        {data.paused.message} Nothing is lost: every task keeps its id, and checking resumes by itself as soon as
        APIMart accepts the key again.
      </p>
    </div>
  );
}
