"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { retryGeneration as retry } from "@/lib/generations/manage";

/** Re-sends the same recipe as a new generation. */
export const retryGeneration = defineAction({
  name: "retry-generation",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    const account = accountOf(caller);
    await ownedGeneration(context.db, account, generationId);
    return retry(context, generationId, { ownerId: account.id });
  },
});
