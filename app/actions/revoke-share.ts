"use server";

import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { revokeShareLinks } from "@/lib/shares/share-links";

/** Every live link of the generation stops working at once. */
export const revokeShare = defineAction({
  name: "revoke-share",
  input: generationIdInput,
  run: async ({ generationId }) => ({ revoked: await revokeShareLinks(appContext(), generationId) }),
});
