"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { submitInput } from "@/lib/actions/submit-input";
import { appContext } from "@/lib/app-context";
import { submitGeneration as submit } from "@/lib/generations/submit";
import { admitSubmit } from "@/lib/limits/guard";

/** Thin by design: resolution, idempotency and the upstream call live in lib/generations/submit. */
export const submitGeneration = defineAction({
  name: "submit-generation",
  input: submitInput,
  run: async (input, { caller }) => {
    const context = appContext();
    const { id } = accountOf(caller);
    // Checked against the estimate before anything is sent (a base video is priced at the chosen duration here).
    const video = input.video ? { ...input.video, check: undefined } : null;
    await admitSubmit(context, id, { ...input, video });
    return submit(context, input, { ownerId: id });
  },
});
