"use server";

import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { saveLimits as save } from "@/lib/limits/enforce";
import { limitsSchema } from "@/lib/limits/limits";

/** Owner only (lib/actions/access.ts): the per-account limits every instance reads from the database. */
export const saveLimits = defineAction({
  name: "save-limits",
  input: limitsSchema,
  run: async (limits) => {
    const context = appContext();
    await save(context.db, limits, context.clock.now());
    return limits;
  },
});
