import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/account/auth-screen";
import { LoginForm } from "@/components/account/login-form";
import { appContext } from "@/lib/app-context";
import { accountCount } from "@/lib/auth/accounts";
import { safeNext } from "@/lib/auth/page-account";
import { sessionAccount } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const next = safeNext((await searchParams).next);
  if (await sessionAccount(await headers())) redirect(next);
  if ((await accountCount(appContext().db)) === 0) redirect("/welcome");
  return (
    <AuthScreen title="Sign in" intro="Sign in to your studio. No account? Ask the studio's owner for an invite link.">
      <LoginForm next={next} />
    </AuthScreen>
  );
}
