"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { remixShare as remix } from "@/lib/shares/remix-share";

/** A share's recipe for the signed-in caller's composer, its images copied into the caller's library. */
export const remixShare = defineAction({
  name: "remix-share",
  input: z.object({ slug: z.string("Open the share link again.").min(1).max(100) }),
  run: ({ slug }, { caller }) => {
    const context = appContext();
    return remix({ ...context, imageLimits: context.settings.capabilities.image }, slug, accountOf(caller).id);
  },
});
