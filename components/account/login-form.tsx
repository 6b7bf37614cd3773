"use client";

import { CredentialsForm, type FormProblem } from "./credentials-form";
import { signInProblem } from "./sign-in-problem";

/** Signs in through better-auth's endpoint (its database-backed attempt limit applies), then goes to `next`. */
export function LoginForm({ next }: { next: string }) {
  async function signIn(values: { email: string; password: string }): Promise<FormProblem | undefined> {
    if (!values.email.trim()) return { message: "Enter your email address.", field: "email" };
    if (!values.password) return { message: "Enter your password.", field: "password" };
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: values.email.trim(), password: values.password }),
      });
    } catch {
      return { message: "Could not reach O1 Studio's server. Try again." };
    }
    if (response.ok) {
      window.location.assign(next);
      return undefined;
    }
    return signInProblem(response.status, response.headers.get("x-retry-after"));
  }
  return <CredentialsForm submitLabel="Sign in" busyLabel="Signing in…" onSubmit={signIn} />;
}
