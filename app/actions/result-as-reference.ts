"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { resultAsReference as pick } from "@/lib/generations/result-as-reference";

/** The URL to use a past result as the reference video. */
export const resultAsReference = defineAction({
  name: "result-as-reference",
  input: generationIdInput,
  run: ({ generationId }) => ({ url: pick(generationId) }),
});
