"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { revokeShareLinks } from "@/lib/shares/share-links";

/** Every live link of the generation stops working at once. */
export const revokeShare = defineAction({
  name: "revoke-share",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    await ownedGeneration(context.db, accountOf(caller), generationId);
    return { revoked: await revokeShareLinks(context, generationId) };
  },
});
