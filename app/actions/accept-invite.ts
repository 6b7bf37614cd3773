"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { appAuth } from "@/lib/auth/app-auth";
import { credentials } from "@/lib/auth/credentials";
import { acceptInvite as accept } from "@/lib/auth/invites";

/** An invited member makes their account from the link's token and is signed in. */
export const acceptInvite = defineAction({
  name: "accept-invite",
  input: credentials.extend({ token: z.string("Open the invite link again.").min(20).max(200) }),
  run: async ({ token, email, password }) => {
    const context = appContext();
    const auth = appAuth();
    await accept(auth, context.db, { token, email, password, now: context.clock.now() });
    await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    return { email };
  },
});
