"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { deleteFromLibrary, imageUsage } from "@/lib/library/library";

const input = z.object({ assetId: z.string().min(1, "Unknown image.").max(100, "Unknown image.") });

/** How many generations use a library image: asked before deleting it, for the warning. */
export const libraryImageUsage = defineAction({
  name: "library-image-usage",
  input,
  run: async ({ assetId }, { caller }) => imageUsage(appContext().db, accountOf(caller).id, assetId),
});

/** Takes an image out of the caller's library; the generations that used it keep working. */
export const deleteLibraryImage = defineAction({
  name: "delete-library-image",
  input,
  run: async ({ assetId }, { caller }) => deleteFromLibrary(appContext(), accountOf(caller).id, assetId),
});
