"use client";

import { useState } from "react";

/** The studio header's account slot: who is signed in, the owner's settings, the account page, sign out. */
export function AccountMenu({ email, owner }: { email: string; owner: boolean }) {
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function signOut() {
    setSigningOut(true);
    setProblem(undefined);
    try {
      const response = await fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      if (!response.ok) throw new Error(String(response.status));
      window.location.assign("/login");
    } catch {
      setSigningOut(false);
      setProblem("Signing out did not work. Try again.");
    }
  }

  const link =
    "rounded-md px-2 py-1 text-neutral-300 hover:bg-neutral-800 hover:text-neutral-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300";
  return (
    <nav aria-label="Account" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="max-w-[16rem] truncate px-2 text-neutral-400" title={email}>
        {email}
      </span>
      {owner ? (
        <a href="/settings" className={link}>
          Settings
        </a>
      ) : null}
      <a href="/account" className={link}>
        Account
      </a>
      <button type="button" onClick={() => void signOut()} disabled={signingOut} className={link}>
        {signingOut ? "Signing out…" : "Sign out"}
      </button>
      {problem ? (
        <span role="alert" className="text-red-300">
          {problem}
        </span>
      ) : null}
    </nav>
  );
}
