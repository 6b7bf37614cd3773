"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { resultAsReference as pick } from "@/lib/generations/result-as-reference";

/** The URL to use a past result as the reference video. */
export const resultAsReference = defineAction({
  name: "result-as-reference",
  input: generationIdInput,
  run: async ({ generationId }) => ({ url: await pick(appContext(), generationId) }),
});
