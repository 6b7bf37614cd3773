"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { accountCount, createAccount } from "@/lib/auth/accounts";
import { appAuth } from "@/lib/auth/app-auth";
import { credentials } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";

/** The first-run screen: the first account becomes the owner and is signed in. Refused once any account exists. */
export const createOwner = defineAction({
  name: "create-owner",
  input: credentials,
  run: async ({ email, password }) => {
    const { db } = appContext();
    if ((await accountCount(db)) > 0) {
      throw new AppError("invalid_request", "This studio already has an owner. Sign in instead.");
    }
    const auth = appAuth();
    await createAccount(auth, db, { email, password, role: "owner" });
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    return { email };
  },
});
