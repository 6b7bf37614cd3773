"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { submitInput } from "@/lib/actions/submit-input";
import { appContext } from "@/lib/app-context";
import { admitSubmit } from "@/lib/limits/guard";
import { submitTakes as submit } from "@/lib/takes/submit-takes";
import { MAX_TAKES } from "@/lib/takes/take-count";

const takesInput = z.lazy(() =>
  submitInput.and(
    z.object({
      // Room for the "~takeN" suffix inside the 100 characters a draft id may have.
      draftId: z.string().min(8).max(90),
      takes: z.number().int().min(2, "Choose 2 to 4 takes.").max(MAX_TAKES, `At most ${MAX_TAKES} takes at once.`),
    }),
  ),
);

/** "Generate ×N": all N admitted against the limits (running, per minute, monthly spend) before any is sent. */
export const submitTakes = defineAction({
  name: "submit-takes",
  input: takesInput,
  run: async ({ takes, ...input }, { caller }) => {
    const context = appContext();
    const { id } = accountOf(caller);
    const video = input.video ? { ...input.video, check: undefined } : null;
    await admitSubmit(context, id, { ...input, video }, takes);
    return submit(context, input, { ownerId: id, takes });
  },
});
