import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthScreen } from "@/components/account/auth-screen";
import { OwnerForm } from "@/components/account/owner-form";
import { appContext } from "@/lib/app-context";
import { accountCount } from "@/lib/auth/accounts";

export const metadata: Metadata = { title: "Welcome · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

/** First run only: once any account exists this page sends everyone to sign in. */
export default async function WelcomePage() {
  if ((await accountCount(appContext().db)) > 0) redirect("/login");
  return (
    <AuthScreen
      title="Create the owner account"
      intro="This studio has no accounts yet. The first account is the owner: it can invite others and set limits."
    >
      <OwnerForm />
    </AuthScreen>
  );
}
