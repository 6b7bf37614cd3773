"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { softDeleteGeneration } from "@/lib/generations/manage";

/** Hides a generation at once; its files go when the undo window has passed. */
export const deleteGeneration = defineAction({
  name: "delete-generation",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    await ownedGeneration(context.db, accountOf(caller), generationId);
    await softDeleteGeneration(context, generationId);
    return null;
  },
});
