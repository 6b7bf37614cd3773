"use client";

import { useState } from "react";
import { createInvite, revokeInvite, setOpenSignup } from "@/app/actions/manage-invites";
import { settle } from "@/lib/actions/result";

export type OpenInvite = { id: string; expiresAt: number };

const button =
  "rounded-lg bg-sky-500 px-4 py-2 text-sm font-semibold text-neutral-950 hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300 disabled:opacity-60";
const quiet =
  "rounded-md px-2 py-1 text-sm text-neutral-300 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300";

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** The owner's invites: make a single-use link (shown once: only its hash is stored), revoke open ones. */
export function InvitesPanel({ initial, openSignup }: { initial: OpenInvite[]; openSignup: boolean }) {
  const [invites, setInvites] = useState(initial);
  const [link, setLink] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [open, setOpen] = useState(openSignup);
  const [busy, setBusy] = useState(false);

  async function create() {
    setBusy(true);
    setProblem(undefined);
    const result = await settle(createInvite({}));
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setLink(result.data.url);
    setInvites((list) => [{ id: result.data.id, expiresAt: result.data.expiresAt }, ...list]);
  }

  async function revoke(id: string) {
    const result = await settle(revokeInvite({ inviteId: id }));
    if (!result.ok) return setProblem(result.error.message);
    setInvites((list) => list.filter((invite) => invite.id !== id));
  }

  async function toggle(next: boolean) {
    const result = await settle(setOpenSignup({ open: next }));
    if (!result.ok) return setProblem(result.error.message);
    setOpen(result.data.open);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={button} onClick={() => void create()} disabled={busy}>
          {busy ? "Creating…" : "Create invite link"}
        </button>
        <span className="text-sm text-neutral-400">Single use, works for 7 days.</span>
      </div>
      {link ? (
        <div className="space-y-1.5">
          <label htmlFor="invite-link" className="block text-sm font-medium text-neutral-300">
            Invite link
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 font-mono text-xs text-neutral-100"
          />
          <p className="text-xs text-neutral-400">Copy it now: it is shown only once.</p>
        </div>
      ) : null}
      {invites.length > 0 ? (
        <ul aria-label="Open invites" className="divide-y divide-neutral-800 text-sm">
          {invites.map((invite) => (
            <li key={invite.id} className="flex items-center justify-between py-2">
              <span className="text-neutral-400">Open invite, expires {when(invite.expiresAt)}</span>
              <button type="button" className={quiet} onClick={() => void revoke(invite.id)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-neutral-400">No open invites.</p>
      )}
      <label className="flex items-center gap-2 text-sm text-neutral-300">
        <input type="checkbox" checked={open} onChange={(event) => void toggle(event.currentTarget.checked)} />
        Open sign-up: anyone who can reach this studio may create an account at /signup
      </label>
      {problem ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
