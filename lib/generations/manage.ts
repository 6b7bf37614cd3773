import "server-only";
import fs from "node:fs";
import { deleteGenerationRow, findGeneration, listDeletedBefore, updateGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { mediaPath } from "@/lib/media/paths";
import { parseInput } from "@/lib/parse-input";
import { submitInputSchema, toSubmitInput } from "./recipe";
import { UNDO_WINDOW_MS } from "./settings";
import { storedRecipe } from "./stored-recipe";
import { type Submitted, submitGeneration } from "./submit";

export { UNDO_WINDOW_MS } from "./settings";

export function softDeleteGeneration(id: string): void {
  const row = findGeneration(id);
  if (!row || row.deletedAt !== null) throw new AppError("not_found", "That video no longer exists.");
  updateGeneration(id, { deletedAt: Date.now() });
}

export function restoreGeneration(id: string): void {
  const row = findGeneration(id);
  if (!row || row.deletedAt === null) throw new AppError("not_found", "Too late to undo: the video is gone.");
  updateGeneration(id, { deletedAt: null });
}

/** Re-sends the exact recipe of a past generation as a new generation (one retry per source generation). */
export async function retryGeneration(id: string): Promise<Submitted> {
  const row = findGeneration(id);
  if (!row || row.deletedAt !== null) throw new AppError("not_found", "That generation no longer exists.");
  // The stored recipe goes through the same checks as a new one: the images are looked up again by id.
  const input = parseInput(submitInputSchema, toSubmitInput(storedRecipe(row), `retry-${row.id}`));
  return submitGeneration(input, { retryOf: row.id });
}

/** Removes rows and files of generations deleted longer ago than the undo window (and no longer running). */
export async function purgeDeleted(now = Date.now()): Promise<void> {
  for (const row of listDeletedBefore(now - UNDO_WINDOW_MS)) {
    if (row.status === "pending" || row.status === "processing" || row.status === "submitting") continue;
    for (const [kind, name] of [
      ["videos", row.videoFile],
      ["posters", row.posterFile],
    ] as const) {
      const file = name ? mediaPath(kind, name) : undefined;
      if (file) await fs.promises.rm(file, { force: true }).catch((error: unknown) => logError("purge", error));
    }
    deleteGenerationRow(row.id);
  }
}
