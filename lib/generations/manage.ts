import "server-only";
import fs from "node:fs";
import { deleteGenerationRow, findGeneration, listDeletedBefore, updateGeneration } from "@/lib/db/generations";
import { logError } from "@/lib/log";
import { mediaPath } from "@/lib/media/paths";
import { storedRecipe } from "./stored-recipe";
import { type SubmitOutcome, submitGeneration } from "./submit";

/** How long a deleted generation can be brought back. */
export const UNDO_WINDOW_MS = 10_000;

export function softDeleteGeneration(id: string): boolean {
  const row = findGeneration(id);
  if (!row || row.deletedAt !== null) return false;
  updateGeneration(id, { deletedAt: Date.now() });
  return true;
}

export function restoreGeneration(id: string): boolean {
  const row = findGeneration(id);
  if (!row || row.deletedAt === null) return false;
  updateGeneration(id, { deletedAt: null });
  return true;
}

/** Re-sends the exact recipe of a past generation as a new generation (one retry per source generation). */
export async function retryGeneration(id: string): Promise<SubmitOutcome> {
  const row = findGeneration(id);
  if (!row || row.deletedAt !== null)
    return { ok: false, code: "not_found", message: "That generation no longer exists." };
  const recipe = storedRecipe(row);
  return submitGeneration(
    {
      draftId: `retry-${row.id}`,
      prompt: recipe.prompt,
      mode: recipe.mode,
      duration: recipe.duration,
      aspectRatio: recipe.aspectRatio,
      images: recipe.images,
      video: recipe.video ?? undefined,
    },
    { retryOf: row.id },
  );
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
