"use server";

import { defineAction } from "@/lib/actions/define-action";
import { submitInputSchema } from "@/lib/generations/recipe";
import { submitGeneration as submit } from "@/lib/generations/submit";

/** Thin by design: resolution, idempotency and the upstream call live in lib/generations/submit. */
export const submitGeneration = defineAction({
  name: "submit-generation",
  input: submitInputSchema,
  run: (input) => submit(input),
});
