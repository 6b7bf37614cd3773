"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { renameImage as rename } from "@/lib/library/library";

const assetId = z.string().min(1, "Unknown image.").max(100, "Unknown image.");

/** A new name for one of the caller's library images; every chip of it shows the new name. */
export const renameImage = defineAction({
  name: "rename-image",
  input: z.object({ assetId, name: z.string().max(1000) }),
  run: async ({ assetId, name }, { caller }) => ({
    image: await rename(appContext().db, accountOf(caller).id, assetId, name),
  }),
});
