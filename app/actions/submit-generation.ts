"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { submitInput } from "@/lib/actions/submit-input";
import { appContext } from "@/lib/app-context";
import { submitGeneration as submit } from "@/lib/generations/submit";

/** Thin by design: resolution, idempotency and the upstream call live in lib/generations/submit. */
export const submitGeneration = defineAction({
  name: "submit-generation",
  input: submitInput,
  run: (input, { caller }) => submit(appContext(), input, { ownerId: accountOf(caller).id }),
});
