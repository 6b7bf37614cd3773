import "server-only";
import { randomUUID } from "node:crypto";
import { findGenerationByDraft, insertGeneration, updateGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { AppError, type ErrorCode, toUserError } from "@/lib/errors";
import { upstream } from "@/lib/upstream";
import { logError } from "@/lib/log";
import { nextPollDelay } from "./poll-schedule";
import { recipeSchema, toWireRequest } from "./recipe";
import { toView } from "./to-view";
import type { GenerationView } from "./view";

export type SubmitOutcome =
  | { ok: true; generation: GenerationView; duplicate: boolean }
  | { ok: false; code: ErrorCode; message: string; field?: string };

/**
 * Validates a recipe and sends it upstream. The row (with the full recipe) exists before the call, and the
 * task id is written the moment it comes back. A draft can only ever create one task: its id is the
 * idempotency key here and upstream.
 */
export async function submitGeneration(input: unknown): Promise<SubmitOutcome> {
  const parsed = recipeSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: "invalid_request",
      message: issue?.message ?? "The request is not valid.",
      field: issue?.path.join("."),
    };
  }
  const recipe = parsed.data;
  const existing = findGenerationByDraft(recipe.draftId);
  if (existing && existing.status !== "rejected") {
    return { ok: true, generation: toView(existing), duplicate: true };
  }

  const wire = toWireRequest(recipe);
  const now = Date.now();
  const row = existing
    ? updateGeneration(existing.id, { status: "submitting", errorCode: null, errorMessage: null, updatedAt: now })
    : insertGeneration({
        id: randomUUID(),
        draftId: recipe.draftId,
        prompt: wire.prompt,
        mode: wire.mode,
        duration: wire.duration,
        aspectRatio: wire.aspect_ratio,
        imagesJson: JSON.stringify(recipe.images),
        videoJson: recipe.video ? JSON.stringify(recipe.video) : null,
        requestJson: JSON.stringify(wire),
        status: "submitting",
        createdAt: now,
        updatedAt: now,
      });
  if (!row) return { ok: false, code: "internal", message: "The draft could not be saved." };

  try {
    const { taskId } = await upstream().submitGeneration(wire, { idempotencyKey: recipe.draftId });
    const submittedAt = Date.now();
    const saved = updateGeneration(row.id, {
      taskId,
      status: "pending",
      submittedAt,
      nextPollAt: submittedAt + nextPollDelay({ pollCount: 0, pollFailures: 0 }, env().poll),
    });
    return { ok: true, generation: toView(saved ?? row), duplicate: false };
  } catch (error) {
    if (!(error instanceof AppError)) logError("submit failed", error);
    else if (error.detail) logError(`submit failed (${error.code})`, error.detail);
    const { code, message } = toUserError(error);
    updateGeneration(row.id, { status: "rejected", errorCode: code, errorMessage: message });
    return { ok: false, code, message };
  }
}
