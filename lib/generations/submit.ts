import "server-only";
import { randomUUID } from "node:crypto";
import type { GenerationRequest } from "@/lib/apimart";
import { toGenerationRequest } from "@/lib/apimart/wire";
import { findGenerationByDraft, type GenerationRow, insertGeneration, updateGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { toUserError } from "@/lib/errors";
import { storedImagesJson, storedVideoJson } from "@/lib/references/stored";
import { upstream } from "@/lib/upstream";
import { nextPollDelay } from "./poll-schedule";
import type { Recipe, SubmitRequest } from "./recipe";
import { resolveVideo } from "./reference-video";
import { lookUpImages, withFreshUpstreamUrls } from "./resolve-images";
import { toView } from "./to-view";
import type { GenerationView } from "./view";

export type Submitted = { generation: GenerationView; duplicate: boolean };

/**
 * Resolves a parsed submit input into a recipe and sends it upstream. The server decides every URL: images come
 * from its images table (with a live upstream URL), the video is checked again. The body is built once, stored
 * with the row, and sent. A second submit of the same draft finds the row (the draft id is also APIMart's
 * Idempotency-Key); the task id is written the moment APIMart returns it. Failures are AppErrors.
 */
export async function submitGeneration(input: SubmitRequest, options: { retryOf?: string } = {}): Promise<Submitted> {
  const earlier = findGenerationByDraft(input.draftId);
  if (earlier && earlier.status !== "rejected") return { generation: toView(earlier), duplicate: true };

  const images = lookUpImages(input.images);
  const video = input.video ? await resolveVideo(input.video) : null;
  const recipe: Recipe = {
    prompt: input.prompt,
    mode: input.mode,
    duration: input.duration,
    aspectRatio: input.aspectRatio,
    images: await withFreshUpstreamUrls(images),
    video,
  };
  const wire = toGenerationRequest(recipe);

  const claimed = claimDraft(input.draftId, recipe, wire, options.retryOf);
  if (!claimed.fresh) return { generation: toView(claimed.row), duplicate: true };
  const row = claimed.row;
  try {
    const { taskId } = await upstream().submitGeneration(wire, { idempotencyKey: input.draftId });
    const submittedAt = Date.now();
    const saved = updateGeneration(row.id, {
      taskId,
      status: "pending",
      submittedAt,
      nextPollAt: submittedAt + nextPollDelay({ pollCount: 0, pollFailures: 0 }, env().poll),
    });
    return { generation: toView(saved ?? row), duplicate: false };
  } catch (error) {
    const { code, message } = toUserError(error);
    updateGeneration(row.id, { status: "rejected", errorCode: code, errorMessage: message });
    throw error;
  }
}

/** Synchronous on purpose: check and insert happen with no await between them. */
function claimDraft(
  draftId: string,
  recipe: Recipe,
  wire: GenerationRequest,
  retryOf: string | undefined,
): { row: GenerationRow; fresh: boolean } {
  const now = Date.now();
  const existing = findGenerationByDraft(draftId);
  if (existing && existing.status !== "rejected") return { row: existing, fresh: false };
  const columns = {
    prompt: recipe.prompt,
    mode: recipe.mode,
    duration: recipe.duration,
    aspectRatio: recipe.aspectRatio,
    imagesJson: storedImagesJson(recipe.images),
    videoJson: storedVideoJson(recipe.video),
    requestJson: JSON.stringify(wire),
    status: "submitting" as const,
  };
  if (existing) {
    const row = updateGeneration(existing.id, { ...columns, errorCode: null, errorMessage: null, createdAt: now });
    return { row: row ?? existing, fresh: true };
  }
  const row = insertGeneration({
    id: randomUUID(),
    draftId,
    ...columns,
    retryOf: retryOf ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return { row, fresh: true };
}
