"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { retryGeneration as retry } from "@/lib/generations/manage";
import { admitSubmit } from "@/lib/limits/guard";
import { readStoredVideo } from "@/lib/references/stored";

/** Re-sends the same recipe as a new generation. */
export const retryGeneration = defineAction({
  name: "retry-generation",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    const account = accountOf(caller);
    const row = await ownedGeneration(context.db, account, generationId);
    await admitSubmit(context, account.id, {
      mode: row.mode,
      duration: row.duration === 10 ? 10 : 5,
      aspectRatio: row.aspectRatio,
      video: readStoredVideo(row.videoJson),
    });
    return retry(context, generationId, { ownerId: account.id });
  },
});
