import "server-only";
import { deleteGenerationRow, findGeneration, listDeletedBefore, updateGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { parseInput } from "@/lib/parse-input";
import type { LifecycleDeps } from "./deps";
import { submitInputSchemaFor, toSubmitInput } from "./recipe";
import { UNDO_WINDOW_MS } from "./settings";
import { storedRecipe } from "./stored-recipe";
import { type Submitted, submitGeneration } from "./submit";

export { UNDO_WINDOW_MS } from "./settings";

export async function softDeleteGeneration(deps: LifecycleDeps, id: string): Promise<void> {
  const row = await findGeneration(deps.db, id);
  if (!row || row.deletedAt !== null) throw new AppError("not_found", "That video no longer exists.");
  const now = deps.clock.now();
  await updateGeneration(deps.db, id, { deletedAt: now, updatedAt: now });
}

export async function restoreGeneration(deps: LifecycleDeps, id: string): Promise<void> {
  const row = await findGeneration(deps.db, id);
  if (!row || row.deletedAt === null) throw new AppError("not_found", "Too late to undo: the video is gone.");
  await updateGeneration(deps.db, id, { deletedAt: null, updatedAt: deps.clock.now() });
}

/** Stars or unstars a generation; starring again keeps the first time it was starred. */
export async function setFavourite(deps: LifecycleDeps, id: string, favourite: boolean): Promise<void> {
  const row = await findGeneration(deps.db, id);
  if (!row || row.deletedAt !== null) throw new AppError("not_found", "That video no longer exists.");
  const favouriteAt = favourite ? (row.favouriteAt ?? deps.clock.now()) : null;
  await updateGeneration(deps.db, id, { favouriteAt, updatedAt: deps.clock.now() });
}

/** Re-sends the exact recipe of a past generation as a new generation (one retry per source generation). */
export async function retryGeneration(
  deps: LifecycleDeps,
  id: string,
  options: { /** The retrying account, owner of the new generation. */ ownerId?: string } = {},
): Promise<Submitted> {
  const row = await findGeneration(deps.db, id);
  if (!row || row.deletedAt !== null) throw new AppError("not_found", "That generation no longer exists.");
  // The stored recipe goes through the same checks as a new one: the images are looked up again by id.
  const schema = submitInputSchemaFor(deps.settings.capabilities);
  const input = parseInput(schema, toSubmitInput(await storedRecipe(deps, row), `retry-${row.id}`));
  return submitGeneration(deps, input, { retryOf: row.id, ownerId: options.ownerId ?? row.ownerId });
}

/** States in which upstream may still be working (or the app still copying): a deleted row waits for them. */
const busy = new Set(["submitting", "pending", "processing", "saving"]);

/**
 * Removes rows and result files of generations deleted longer ago than the undo window. Reference images and
 * videos they used are left to the collector, which keeps whatever another generation or a draft still uses.
 */
export async function purgeDeleted(deps: LifecycleDeps): Promise<number> {
  let purged = 0;
  for (const row of await listDeletedBefore(deps.db, deps.clock.now() - UNDO_WINDOW_MS)) {
    if (busy.has(row.status)) continue;
    try {
      if (row.videoFile) await deps.storage.delete("videos", row.videoFile);
      if (row.posterFile) await deps.storage.delete("posters", row.posterFile);
      if (await deleteGenerationRow(deps.db, row.id)) purged += 1;
    } catch (error) {
      logError(`purge ${row.id}`, error);
    }
  }
  return purged;
}
