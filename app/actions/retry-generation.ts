"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { retryGeneration as retry } from "@/lib/generations/manage";

/** Re-sends the same recipe as a new generation. */
export const retryGeneration = defineAction({
  name: "retry-generation",
  input: generationIdInput,
  run: ({ generationId }) => retry(appContext(), generationId),
});
