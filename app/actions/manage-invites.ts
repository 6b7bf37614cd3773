"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { createInvite as create, setSignupOpen } from "@/lib/auth/invites";
import { revokeInvite as revoke } from "@/lib/db/invites";
import { AppError } from "@/lib/errors";

/** Owner only (lib/actions/access.ts): a new single-use invite link, valid for 7 days. */
export const createInvite = defineAction({
  name: "create-invite",
  input: z.object({}).strict(),
  run: (_input, { caller }) => {
    const context = appContext();
    return create(context.db, {
      ownerId: accountOf(caller).id,
      now: context.clock.now(),
      publicBaseUrl: context.config.publicBaseUrl,
    });
  },
});

export const revokeInvite = defineAction({
  name: "revoke-invite",
  input: z.object({ inviteId: z.string().min(1).max(100) }),
  run: async ({ inviteId }) => {
    const context = appContext();
    if (!(await revoke(context.db, inviteId, context.clock.now()))) throw new AppError("not_found", "No such invite.");
    return null;
  },
});

export const setOpenSignup = defineAction({
  name: "set-open-signup",
  input: z.object({ open: z.boolean() }),
  run: async ({ open }) => {
    const context = appContext();
    await setSignupOpen(context.db, open, context.clock.now());
    return { open };
  },
});
