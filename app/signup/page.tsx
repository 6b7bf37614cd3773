import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthScreen } from "@/components/account/auth-screen";
import { SignUpForm } from "@/components/account/owner-form";
import { appContext } from "@/lib/app-context";
import { isSignupOpen } from "@/lib/auth/invites";

export const metadata: Metadata = { title: "Sign up · O1 Studio", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Exists only while the owner has open sign-up on. */
export default async function SignUpPage() {
  if (!(await isSignupOpen(appContext().db))) notFound();
  return (
    <AuthScreen title="Create an account" intro="This studio is open for sign-up.">
      <SignUpForm />
    </AuthScreen>
  );
}
