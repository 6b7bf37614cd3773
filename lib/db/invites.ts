import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { InviteRow } from "./auth-schema";
import type { Db } from "./client";
import { run, stored } from "./write";

export async function insertInvite(
  db: Db,
  row: { id: string; tokenHash: string; createdBy: string; createdAt: number; expiresAt: number },
): Promise<InviteRow> {
  const { invites } = db.tables;
  return stored(await run("saving an invite", () => db.insert(invites).values(row).returning()), "insert invite");
}

const usable = (invites: Db["tables"]["invites"], now: number) =>
  and(isNull(invites.usedAt), isNull(invites.revokedAt), gt(invites.expiresAt, now));

/** The invite behind a token hash while it can still be used. */
export async function findUsableInvite(db: Db, tokenHash: string, now: number): Promise<InviteRow | undefined> {
  const { invites } = db.tables;
  const rows = await run("reading an invite", () =>
    db
      .select()
      .from(invites)
      .where(and(eq(invites.tokenHash, tokenHash), usable(invites, now))),
  );
  return rows[0];
}

/** Claims the invite for one sign-up, atomically: of two sign-ups with one link, one gets the row. */
export async function claimInvite(
  db: Db,
  tokenHash: string,
  now: number,
  claimId: string,
): Promise<InviteRow | undefined> {
  const { invites } = db.tables;
  const rows = await run("using an invite", () =>
    db
      .update(invites)
      .set({ usedAt: now, usedBy: claimId })
      .where(and(eq(invites.tokenHash, tokenHash), usable(invites, now)))
      .returning(),
  );
  return rows[0];
}

/** Gives a claimed invite back (the account could not be made), or records who it made. */
export async function settleInviteClaim(db: Db, id: string, claimId: string, usedBy: string | null): Promise<void> {
  const { invites } = db.tables;
  await run("updating an invite", () =>
    db
      .update(invites)
      .set(usedBy === null ? { usedAt: null, usedBy: null } : { usedBy })
      .where(and(eq(invites.id, id), eq(invites.usedBy, claimId)))
      .returning({ id: invites.id }),
  );
}

export async function listOpenInvites(db: Db, now: number): Promise<InviteRow[]> {
  const { invites } = db.tables;
  return run("listing invites", () =>
    db.select().from(invites).where(usable(invites, now)).orderBy(desc(invites.createdAt)),
  );
}

export async function revokeInvite(db: Db, id: string, now: number): Promise<boolean> {
  const { invites } = db.tables;
  const rows = await run("revoking an invite", () =>
    db
      .update(invites)
      .set({ revokedAt: now })
      .where(and(eq(invites.id, id), isNull(invites.revokedAt)))
      .returning({ id: invites.id }),
  );
  return rows.length === 1;
}
