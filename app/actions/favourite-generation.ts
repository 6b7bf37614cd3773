"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { setFavourite } from "@/lib/generations/manage";

/** The star on a video: kept on the server, so the Favourites filter is one query. */
export const favouriteGeneration = defineAction({
  name: "favourite-generation",
  input: generationIdInput.extend({ favourite: z.boolean() }),
  run: async ({ generationId, favourite }) => {
    await setFavourite(appContext(), generationId, favourite);
    return { favourite };
  },
});
