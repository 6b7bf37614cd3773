"use server";

import { z } from "zod";
import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { generationIdInput } from "@/lib/actions/inputs";
import { appContext } from "@/lib/app-context";
import { ownedGeneration } from "@/lib/auth/owned";
import { deleteOtherTakes as deleteOthers, restoreTakes as restore } from "@/lib/db/take-groups";
import { AppError } from "@/lib/errors";

/** "Keep this one, delete the others": the keeper must be the caller's and a take of a group. */
export const deleteOtherTakes = defineAction({
  name: "delete-other-takes",
  input: generationIdInput,
  run: async ({ generationId }, { caller }) => {
    const context = appContext();
    const account = accountOf(caller);
    const keeper = await ownedGeneration(context.db, account, generationId);
    if (!keeper.takeGroup || keeper.deletedAt !== null) {
      throw new AppError("invalid_request", "This video is not one of several takes.");
    }
    const deletedIds = await deleteOthers(context.db, {
      takeGroup: keeper.takeGroup,
      keepId: keeper.id,
      now: context.clock.now(),
      ownerId: account.id,
    });
    return { deletedIds };
  },
});

/** Undo of "Delete the others", within the undo window (the purge waits for it). */
export const restoreTakes = defineAction({
  name: "restore-takes",
  input: z.object({ generationIds: z.array(z.string().min(1).max(100)).min(1).max(8) }),
  run: async ({ generationIds }, { caller }) => {
    const context = appContext();
    const restoredIds = await restore(context.db, {
      ids: generationIds,
      now: context.clock.now(),
      ownerId: accountOf(caller).id,
    });
    if (restoredIds.length === 0) throw new AppError("not_found", "Too late to undo: the takes are gone.");
    return { restoredIds };
  },
});
