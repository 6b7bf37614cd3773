"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { softDeleteGeneration } from "@/lib/generations/manage";

/** Hides a generation at once; its files go when the undo window has passed. */
export const deleteGeneration = defineAction({
  name: "delete-generation",
  input: generationIdInput,
  run: async ({ generationId }) => {
    await softDeleteGeneration(appContext(), generationId);
    return null;
  },
});
