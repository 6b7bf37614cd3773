import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readState, writeState } from "@/lib/db/app-state";
import type { Db } from "@/lib/db/client";
import { claimInvite, insertInvite, settleInviteClaim } from "@/lib/db/invites";
import { AppError } from "@/lib/errors";
import { type Account, createAccount } from "./accounts";
import type { Auth } from "./auth";

/** How long an invite link works. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type InviteLink = { id: string; url: string; expiresAt: number };

export async function createInvite(
  db: Db,
  input: { ownerId: string; now: number; publicBaseUrl: string },
): Promise<InviteLink> {
  const token = randomBytes(32).toString("base64url");
  const row = await insertInvite(db, {
    id: randomUUID(),
    tokenHash: hashToken(token),
    createdBy: input.ownerId,
    createdAt: input.now,
    expiresAt: input.now + INVITE_TTL_MS,
  });
  return { id: row.id, url: `${input.publicBaseUrl}/invite/${token}`, expiresAt: row.expiresAt };
}

/**
 * A member account from an invite: the link is claimed first (atomically, so one link makes one account) and
 * given back if the account cannot be made (an email already taken), so a typo does not burn the link.
 */
export async function acceptInvite(
  auth: Auth,
  db: Db,
  input: { token: string; email: string; password: string; now: number },
): Promise<Account> {
  const claimId = `pending:${randomUUID()}`;
  const invite = await claimInvite(db, hashToken(input.token), input.now, claimId);
  if (!invite) {
    throw new AppError("not_found", "This invite link has expired or was already used. Ask for a new one.");
  }
  try {
    const account = await createAccount(auth, db, { email: input.email, password: input.password, role: "member" });
    await settleInviteClaim(db, invite.id, claimId, account.id);
    return account;
  } catch (error) {
    await settleInviteClaim(db, invite.id, claimId, null);
    throw error;
  }
}

const signupKey = "accounts.open-signup";

/** Whether anyone may make an account at /signup (the owner's choice; off by default). In the database. */
export async function isSignupOpen(db: Db): Promise<boolean> {
  const value = await readState(db, signupKey);
  return typeof value === "object" && value !== null && (value as { open?: unknown }).open === true;
}

export async function setSignupOpen(db: Db, open: boolean, now: number): Promise<void> {
  await writeState(db, signupKey, { open }, now);
}
