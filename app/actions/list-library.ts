"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { libraryImages } from "@/lib/library/library";

/** The caller's reference library, most recently used first; `query` matches any part of a name. */
export const listLibrary = defineAction({
  name: "list-library",
  input: z.object({ query: z.string().max(200).optional() }),
  run: async ({ query }, { caller }) => ({
    images: await libraryImages(appContext().db, accountOf(caller).id, { query }),
  }),
});
