"use client";

import { acceptInvite } from "@/app/actions/accept-invite";
import { createOwner } from "@/app/actions/create-owner";
import { signUp } from "@/app/actions/sign-up";
import { type ActionResult, settle } from "@/lib/actions/result";
import { CredentialsForm, type FormProblem } from "./credentials-form";

type Credentials = { email: string; password: string };

/** A new account through one of the app's actions (the server signs it in), then the studio. */
function NewAccountForm({
  submitLabel,
  call,
}: {
  submitLabel: string;
  call: (values: Credentials) => Promise<ActionResult<unknown>>;
}) {
  async function create(values: Credentials): Promise<FormProblem | undefined> {
    const result = await settle(call(values));
    if (result.ok) {
      window.location.assign("/");
      return undefined;
    }
    return { message: result.error.message, field: result.error.field };
  }
  return <CredentialsForm submitLabel={submitLabel} busyLabel="Creating…" newPassword onSubmit={create} />;
}

/** First run: the owner account. */
export function OwnerForm() {
  return <NewAccountForm submitLabel="Create the owner account" call={createOwner} />;
}

/** An invite link's sign-up: a member account. */
export function InviteForm({ token }: { token: string }) {
  return <NewAccountForm submitLabel="Create my account" call={(values) => acceptInvite({ ...values, token })} />;
}

/** Open sign-up (when the owner allows it). */
export function SignUpForm() {
  return <NewAccountForm submitLabel="Create my account" call={signUp} />;
}
