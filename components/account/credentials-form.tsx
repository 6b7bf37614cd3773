"use client";

import { type FormEvent, useId, useState } from "react";

export type FormProblem = { message: string; field?: string };

/**
 * The Email + Password form of the sign-in, first-run and invite screens. `onSubmit` answers a problem to show
 * (kept next to the field it is about) or nothing when it went on to another page.
 */
export function CredentialsForm({
  submitLabel,
  busyLabel,
  newPassword,
  fixedEmail,
  onSubmit,
}: {
  submitLabel: string;
  busyLabel: string;
  /** A new account: the browser may suggest a strong password. */
  newPassword?: boolean;
  /** An invite names its email; it is shown, not typed. */
  fixedEmail?: string;
  onSubmit: (values: { email: string; password: string }) => Promise<FormProblem | undefined>;
}) {
  const id = useId();
  const [problem, setProblem] = useState<FormProblem>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(undefined);
    const answer = await onSubmit({
      email: fixedEmail ?? String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
    });
    setProblem(answer);
    setBusy(false);
  }

  const fieldClass =
    "w-full rounded-lg border border-neutral-700 bg-neutral-900 px-3 py-2 text-base text-neutral-100 focus:border-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300";
  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-email`} className="block text-sm font-medium text-neutral-300">
          Email
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete={newPassword ? "username" : "email"}
          required
          defaultValue={fixedEmail}
          readOnly={fixedEmail !== undefined}
          aria-invalid={problem?.field === "email" || undefined}
          aria-describedby={problem ? errorId : undefined}
          className={fieldClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-password`} className="block text-sm font-medium text-neutral-300">
          Password
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={newPassword ? "new-password" : "current-password"}
          required
          aria-invalid={problem?.field === "password" || undefined}
          aria-describedby={problem ? errorId : undefined}
          className={fieldClass}
        />
        {newPassword ? <p className="text-xs text-neutral-400">At least 8 characters.</p> : null}
      </div>
      {problem ? (
        <p id={errorId} role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200">
          {problem.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 disabled:opacity-60"
      >
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
