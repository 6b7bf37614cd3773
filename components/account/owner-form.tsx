"use client";

import { createOwner } from "@/app/actions/create-owner";
import { settle } from "@/lib/actions/result";
import { CredentialsForm, type FormProblem } from "./credentials-form";

/** First run: creates the owner account (signed in by the server), then opens the studio. */
export function OwnerForm() {
  async function create(values: { email: string; password: string }): Promise<FormProblem | undefined> {
    const result = await settle(createOwner(values));
    if (result.ok) {
      window.location.assign("/");
      return undefined;
    }
    return { message: result.error.message, field: result.error.field };
  }
  return <CredentialsForm submitLabel="Create the owner account" busyLabel="Creating…" newPassword onSubmit={create} />;
}
