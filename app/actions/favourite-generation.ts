"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { setFavourite } from "@/lib/generations/manage";

/** The star on a video: kept on the server, so the Favourites filter is one query. */
export const favouriteGeneration = defineAction({
  name: "favourite-generation",
  input: generationIdInput.extend({ favourite: z.boolean() }),
  run: async ({ generationId, favourite }, { caller }) => {
    const context = appContext();
    // Starring the keeper of a take group must not reach another account's video either.
    await ownedGeneration(context.db, accountOf(caller), generationId);
    await setFavourite(context, generationId, favourite);
    return { favourite };
  },
});
