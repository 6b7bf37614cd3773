import "server-only";
import { randomUUID } from "node:crypto";
import { findGenerationByDraft, type GenerationRow, insertGeneration, updateGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { AppError, type ErrorCode, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { upstream } from "@/lib/upstream";
import { refreshUpstreamImageUrls } from "./fresh-images";
import { nextPollDelay } from "./poll-schedule";
import { type Recipe, recipeSchema, toWireRequest } from "./recipe";
import { checkReferenceVideo, keepReferencePoster } from "./reference-video";
import { toView } from "./to-view";
import type { GenerationView } from "./view";

export type SubmitOutcome =
  | { ok: true; generation: GenerationView; duplicate: boolean }
  | { ok: false; code: ErrorCode; message: string; field?: string };

/**
 * Validates a recipe and sends it upstream. The row (with the full recipe) exists before any await, so a
 * second submit of the same draft finds it; the task id is written the moment APIMart returns it. The draft id
 * is also sent as APIMart's Idempotency-Key.
 */
export async function submitGeneration(input: unknown, options: { retryOf?: string } = {}): Promise<SubmitOutcome> {
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
  // Checked again here, whatever the browser said: a bad video must fail before money is spent.
  const video = parsed.data.video;
  if (video) {
    const checked = await checkReferenceVideo(video.url, video.referType);
    if (!checked.ok) return { ok: false, code: checked.code, message: checked.message, field: "video" };
    video.durationSeconds = checked.durationSeconds;
    video.posterFile = (await keepReferencePoster(checked.posterDataUrl)) ?? undefined;
  }
  const claimed = claimDraft(parsed.data, options.retryOf);
  if (!claimed.fresh) return { ok: true, generation: toView(claimed.row), duplicate: true };
  const row = claimed.row;

  try {
    const images = await refreshUpstreamImageUrls(parsed.data.images);
    if (!images.ok) throw new AppError(images.code, images.message);
    const wire = toWireRequest({ ...parsed.data, images: images.images });
    updateGeneration(row.id, { imagesJson: JSON.stringify(images.images), requestJson: JSON.stringify(wire) });

    const { taskId } = await upstream().submitGeneration(wire, { idempotencyKey: parsed.data.draftId });
    const submittedAt = Date.now();
    const saved = updateGeneration(row.id, {
      taskId,
      status: "pending",
      submittedAt,
      nextPollAt: submittedAt + nextPollDelay({ pollCount: 0, pollFailures: 0 }, env().poll),
    });
    return { ok: true, generation: toView(saved ?? row), duplicate: false };
  } catch (error) {
    if (error instanceof AppError) logError(`submit failed (${error.code})`, error.detail ?? error.message);
    else logError("submit failed", error);
    const { code, message } = toUserError(error);
    updateGeneration(row.id, { status: "rejected", errorCode: code, errorMessage: message });
    return { ok: false, code, message };
  }
}

/** Synchronous on purpose: check and insert happen with no await between them. */
function claimDraft(recipe: Recipe, retryOf: string | undefined): { row: GenerationRow; fresh: boolean } {
  const now = Date.now();
  const existing = findGenerationByDraft(recipe.draftId);
  if (existing && existing.status !== "rejected") return { row: existing, fresh: false };
  const wire = toWireRequest(recipe);
  const columns = {
    prompt: wire.prompt,
    mode: wire.mode,
    duration: wire.duration,
    aspectRatio: wire.aspect_ratio,
    imagesJson: JSON.stringify(recipe.images),
    videoJson: recipe.video ? JSON.stringify(recipe.video) : null,
    requestJson: JSON.stringify(wire),
    status: "submitting" as const,
  };
  if (existing) {
    const row = updateGeneration(existing.id, {
      ...columns,
      errorCode: null,
      errorMessage: null,
      createdAt: now,
    });
    return { row: row ?? existing, fresh: true };
  }
  const row = insertGeneration({
    id: randomUUID(),
    draftId: recipe.draftId,
    ...columns,
    retryOf: retryOf ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return { row, fresh: true };
}
