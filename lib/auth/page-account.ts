import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { appContext } from "@/lib/app-context";
import { type Account, accountCount } from "./accounts";
import { sessionAccount } from "./session";

/**
 * Pages: the signed-in account, or a redirect — to the first-run screen while no account exists, else to
 * `/login` (coming back to `next` afterwards).
 */
export async function pageAccount(next = "/"): Promise<Account> {
  const account = await sessionAccount(await headers());
  if (account) return account;
  if ((await accountCount(appContext().db)) === 0) redirect("/welcome");
  redirect(next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`);
}

/** A same-site path to go back to after sign-in; anything else (another host, `//x`) becomes "/". */
export function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
