"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { ensureShareLink } from "@/lib/shares/share-links";

/** The generation's live link (made if needed); `hideReferences` changes what the page shows. */
export const shareGeneration = defineAction({
  name: "share-generation",
  input: generationIdInput.extend({ hideReferences: z.boolean().optional() }),
  run: async ({ generationId, hideReferences }, { caller }) => {
    const context = appContext();
    await ownedGeneration(context.db, accountOf(caller), generationId);
    return ensureShareLink(context, generationId, { hideReferences });
  },
});
