"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { createAccount } from "@/lib/auth/accounts";
import { appAuth } from "@/lib/auth/app-auth";
import { credentials } from "@/lib/auth/credentials";
import { isSignupOpen } from "@/lib/auth/invites";
import { AppError } from "@/lib/errors";

/** Open sign-up, when the owner turned it on: a member account, signed in. Otherwise refused. */
export const signUp = defineAction({
  name: "sign-up",
  input: credentials,
  run: async ({ email, password }) => {
    const { db } = appContext();
    if (!(await isSignupOpen(db))) {
      throw new AppError("not_found", "Sign-up is closed. Ask the studio's owner for an invite link.");
    }
    const auth = appAuth();
    await createAccount(auth, db, { email, password, role: "member" });
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    return { email };
  },
});
