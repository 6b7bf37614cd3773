"use client";

import { type FormEvent, useState } from "react";
import { saveLimits } from "@/app/actions/save-limits";
import { settle } from "@/lib/actions/result";
import type { Limits } from "@/lib/limits/limits";
import { type FormMessage, FormOutcome, SubmitButton } from "./form-outcome";

const fields: Array<{ key: keyof Limits; label: string; step?: string }> = [
  { key: "runningAtOnce", label: "Videos running at once" },
  { key: "submitsPerMinute", label: "Submits per minute" },
  { key: "uploadsPerMinute", label: "Uploads per minute" },
  { key: "checksPerMinute", label: "“Check again” per minute" },
  { key: "monthlySpendUsd", label: "Monthly spend cap (US$)", step: "0.01" },
];

/** The owner's per-account limits; each account is counted on its own. */
export function LimitsForm({ initial }: { initial: Limits }) {
  const [message, setMessage] = useState<FormMessage>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await settle(saveLimits(Object.fromEntries(fields.map(({ key }) => [key, data.get(key)]))));
    setBusy(false);
    setMessage(result.ok ? { ok: true, text: "Limits saved." } : { ok: false, text: result.error.message });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map(({ key, label, step }) => (
          <div key={key} className="space-y-1.5">
            <label htmlFor={`limit-${key}`} className="block text-sm font-medium text-neutral-300">
              {label}
            </label>
            <input
              id={`limit-${key}`}
              name={key}
              type="number"
              min={0}
              step={step ?? "1"}
              defaultValue={initial[key]}
              className="w-full rounded-lg border border-neutral-700 bg-neutral-900 px-3 py-2 text-base text-neutral-100 focus:border-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
            />
          </div>
        ))}
      </div>
      <FormOutcome message={message} />
      <SubmitButton busy={busy} label="Save limits" busyLabel="Saving…" />
    </form>
  );
}
