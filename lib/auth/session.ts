import "server-only";
import { AppError } from "@/lib/errors";
import type { Account, Role } from "./accounts";
import { appAuth } from "./app-auth";

/** The signed-in account of a request, from its session cookie (looked up in the database), if any. */
export async function sessionAccount(headers: Headers): Promise<Account | undefined> {
  const session = await appAuth().api.getSession({ headers });
  if (!session) return undefined;
  const user = session.user as { id: string; email: string; role?: string };
  const role: Role = user.role === "owner" ? "owner" : "member";
  return { id: user.id, email: user.email, role };
}

/** Route handlers: the caller's account, or a 401 (`signed_out`) for anonymous requests. */
export async function requireAccount(request: Request): Promise<Account> {
  const account = await sessionAccount(request.headers);
  if (!account) throw new AppError("signed_out", "Sign in first.");
  return account;
}
