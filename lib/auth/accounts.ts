import { count, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { claimUnowned } from "@/lib/db/ownership";
import { AppError } from "@/lib/errors";
import type { Auth } from "./auth";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";

export type Role = "owner" | "member";
export type Account = { id: string; email: string; role: Role };

export async function accountCount(db: Db): Promise<number> {
  const { users } = db.tables;
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function hasOwner(db: Db): Promise<boolean> {
  const { users } = db.tables;
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, "owner")).limit(1);
  return rows.length > 0;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_request", `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`, {
      field: "password",
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new AppError("invalid_request", `The password can have at most ${MAX_PASSWORD_LENGTH} characters.`, {
      field: "password",
    });
  }
}

/**
 * Makes an email + password account the way better-auth's own sign-up does (its password hash, a "credential"
 * account row). Who may create one is decided by the caller; the partial unique index on `role = 'owner'` makes
 * a second owner fail even when two first-run sign-ups race.
 */
export async function createAccount(
  auth: Auth,
  db: Db,
  input: { email: string; password: string; role: Role },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  checkPassword(input.password);
  const context = await auth.$context;
  if (await context.internalAdapter.findUserByEmail(email)) {
    throw new AppError("invalid_request", "An account with that email already exists. Sign in instead.", {
      field: "email",
    });
  }
  if (input.role === "owner" && (await hasOwner(db))) {
    throw new AppError("invalid_request", "This studio already has an owner. Sign in instead.");
  }
  const hash = await context.password.hash(input.password);
  let user: { id: string } | null;
  try {
    user = await context.internalAdapter.createUser(
      { email, name: email.split("@")[0] ?? email, emailVerified: false, role: input.role },
      { method: "email-password" },
    );
  } catch (error) {
    if (input.role === "owner" && (await hasOwner(db))) {
      throw new AppError("invalid_request", "This studio already has an owner. Sign in instead.", { cause: error });
    }
    throw new AppError("invalid_request", "That account could not be created. Try another email.", {
      cause: error,
      field: "email",
    });
  }
  if (!user) throw new AppError("internal", "The account could not be created.");
  await context.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  if (input.role === "owner") await claimUnowned(db, user.id);
  return { id: user.id, email, role: input.role };
}
