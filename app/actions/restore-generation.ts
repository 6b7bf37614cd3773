"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { restoreGeneration as restore } from "@/lib/generations/manage";

/** Undo of a delete, within the undo window. */
export const restoreGeneration = defineAction({
  name: "restore-generation",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    await ownedGeneration(context.db, accountOf(caller), generationId);
    await restore(context, generationId);
    return null;
  },
});
