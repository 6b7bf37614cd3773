"use client";

import { type FormEvent, useState } from "react";
import { type FormMessage, FormOutcome, SubmitButton } from "./form-outcome";

const field =
  "w-full rounded-lg border border-neutral-700 bg-neutral-900 px-3 py-2 text-base text-neutral-100 focus:border-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300";

/** Changes the password through better-auth's endpoint; other sessions are signed out. */
export function ChangePasswordForm() {
  const [message, setMessage] = useState<FormMessage>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("current") ?? "");
    const newPassword = String(data.get("new") ?? "");
    if (newPassword.length < 8) return setMessage({ ok: false, text: "The new password needs at least 8 characters." });
    setBusy(true);
    const response = await fetch("/api/auth/change-password", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ currentPassword, newPassword, revokeOtherSessions: true }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      form.reset();
      return setMessage({ ok: true, text: "Password changed. Other devices were signed out." });
    }
    if (response?.status === 429) return setMessage({ ok: false, text: "Too many attempts. Try again in a minute." });
    setMessage({
      ok: false,
      text: response ? "The current password is not right." : "Could not reach O1 Studio's server. Try again.",
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1.5">
        <label htmlFor="current-password" className="block text-sm font-medium text-neutral-300">
          Current password
        </label>
        <input id="current-password" name="current" type="password" autoComplete="current-password" className={field} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="new-password" className="block text-sm font-medium text-neutral-300">
          New password
        </label>
        <input id="new-password" name="new" type="password" autoComplete="new-password" className={field} />
      </div>
      <FormOutcome message={message} />
      <SubmitButton busy={busy} label="Change password" busyLabel="Changing…" />
    </form>
  );
}
