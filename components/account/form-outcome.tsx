/** What a settings form said after its last submit: a status when it worked, an alert when it did not. */
export type FormMessage = { ok: boolean; text: string };

export function FormOutcome({ message }: { message: FormMessage | undefined }) {
  if (!message) return null;
  return (
    <p
      role={message.ok ? "status" : "alert"}
      className={`rounded-lg px-3 py-2 text-sm ${message.ok ? "bg-emerald-950/60 text-emerald-200" : "bg-red-950/60 text-red-200"}`}
    >
      {message.text}
    </p>
  );
}

/** The form's one submit button, disabled and relabelled while its request is out. */
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button
      type="submit"
      disabled={busy}
      className="rounded-lg bg-sky-500 px-4 py-2 text-sm font-semibold text-neutral-950 hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 disabled:opacity-60"
    >
      {busy ? busyLabel : label}
    </button>
  );
}
