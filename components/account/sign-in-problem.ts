import type { FormProblem } from "./credentials-form";

/** What a refused sign-in says: never which of email or password was wrong. */
export function signInProblem(status: number, retryAfter: string | null): FormProblem {
  if (status === 429) {
    const seconds = Number(retryAfter);
    const wait = Number.isFinite(seconds) && seconds > 0 ? `${Math.ceil(seconds)} s` : "a minute";
    return { message: `Too many sign-in attempts. Try again in ${wait}.` };
  }
  if (status === 401 || status === 400) return { message: "That email and password do not match an account." };
  return { message: "Signing in did not work. Try again in a moment." };
}
