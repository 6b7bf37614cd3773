"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { restoreGeneration as restore } from "@/lib/generations/manage";

/** Undo of a delete, within the undo window. */
export const restoreGeneration = defineAction({
  name: "restore-generation",
  input: generationIdInput,
  run: async ({ generationId }) => {
    await restore(appContext(), generationId);
    return null;
  },
});
