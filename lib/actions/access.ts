import "server-only";
import { headers } from "next/headers";
import type { Account } from "@/lib/auth/accounts";
import { sessionAccount } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** Who is asking: a signed-in account, or nobody. */
export type Caller = { kind: "anonymous" } | ({ kind: "account" } & Account);

export type AccessRequest = { action: string; caller: Caller };

/** The only actions anyone may call: the ways to get an account and a session. */
const publicActions: ReadonlySet<string> = new Set(["create-owner", "accept-invite", "sign-up"]);
/** Actions for the owner only. */
const ownerActions: ReadonlySet<string> = new Set(["create-invite", "revoke-invite", "set-open-signup", "save-limits"]);

/**
 * Every action passes here after its input parsed and before it runs: anonymous callers get `signed_out` (401),
 * members calling an owner action get `not_found` (they learn nothing about it). Ownership of the rows an action
 * touches is checked by the action itself, with the caller it is given.
 */
export async function checkAccess({ action, caller }: AccessRequest): Promise<void> {
  if (publicActions.has(action)) return;
  if (caller.kind === "anonymous") throw new AppError("signed_out", "Sign in first.");
  if (ownerActions.has(action) && caller.role !== "owner") throw new AppError("not_found");
}

export async function currentCaller(): Promise<Caller> {
  const account = await sessionAccount(await headers());
  return account ? { kind: "account", ...account } : { kind: "anonymous" };
}

/** The caller's account inside an action that checkAccess already let through. */
export function accountOf(caller: Caller): Account {
  if (caller.kind === "anonymous") throw new AppError("signed_out", "Sign in first.");
  return { id: caller.id, email: caller.email, role: caller.role };
}
