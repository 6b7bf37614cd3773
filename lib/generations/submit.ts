import "server-only";
import { randomUUID } from "node:crypto";
import { toGenerationRequest } from "@/lib/apimart/wire";
import { claimDraft, findGenerationByDraft, type GenerationRow } from "@/lib/db/generations";
import { touchImages } from "@/lib/db/images";
import { AppError, toUserError } from "@/lib/errors";
import { storedImagesJson, storedVideoJson } from "@/lib/references/stored";
import { settingsSent } from "@/lib/references/video-settings";
import type { LifecycleDeps } from "./deps";
import { heldRow, keepLeaseAlive } from "./lease-work";
import type { Recipe, SubmitRequest } from "./recipe";
import { resolveVideo } from "./reference-video";
import { lookUpImages, withFreshUpstreamUrls } from "./resolve-images";
import { sendSubmit } from "./send-submit";
import { toView } from "./to-view";
import type { GenerationView } from "./view";

export type Submitted = { generation: GenerationView; duplicate: boolean };

/** The server decides every URL: images from its own table (with a live upstream URL), the video checked again. */
async function resolveRecipe(deps: LifecycleDeps, input: SubmitRequest, ownerId: string): Promise<Recipe> {
  const images = await lookUpImages(deps, input.images, ownerId);
  const video = input.video ? await resolveVideo(deps, input.video) : null;
  // A base video decides duration and shape, measured here: the browser's settings are only its choice.
  const sent = settingsSent({ mode: input.mode, duration: input.duration, aspectRatio: input.aspectRatio }, video);
  return {
    prompt: input.prompt,
    mode: sent.mode,
    duration: sent.duration,
    aspectRatio: sent.aspectRatio,
    images: await withFreshUpstreamUrls(deps, images),
    video,
  };
}

async function duplicateOf(deps: LifecycleDeps, draftId: string, ownerId: string): Promise<Submitted> {
  const existing = await findGenerationByDraft(deps.db, draftId);
  if (!existing) throw new AppError("internal", undefined, { detail: `draft ${draftId} neither claimed nor found` });
  // Draft ids come from the browser: another account's draft id is refused, never answered with its row.
  if (existing.ownerId !== ownerId) {
    throw new AppError("invalid_request", "This draft cannot be sent. Reload the page and try again.");
  }
  return { generation: await toView(deps, existing), duplicate: true };
}

/**
 * A submit, in the order that keeps money safe:
 * 1. claim the draft (one `INSERT … ON CONFLICT` with a new Idempotency-Key and a lease): a double submit finds
 *    the row and sends nothing; a storage failure stops here, before anything is sent;
 * 2. resolve the recipe (stored images, the video checked again) and save the exact body — durably — before…
 * 3. …sending it, and saving the task id the moment it comes back.
 * A refusal is thrown (the composer shows it and keeps the draft); an answer that never came returns the card in
 * its "Checking with APIMart…" state while the same request is asked again in the background.
 */
export async function submitGeneration(
  deps: LifecycleDeps,
  input: SubmitRequest,
  options: {
    retryOf?: string /** The submitting account ("" only in tests of the pre-accounts shape). */;
    ownerId?: string;
    /** One of the takes of a "Generate ×N": the group they share. */
    takeGroup?: string;
  } = {},
): Promise<Submitted> {
  const ownerId = options.ownerId ?? "";
  const now = deps.clock.now();
  const token = randomUUID();
  const claimed = await claimDraft(deps.db, {
    id: randomUUID(),
    ownerId,
    draftId: input.draftId,
    idempotencyKey: randomUUID(),
    prompt: input.prompt,
    mode: input.mode,
    duration: input.duration,
    aspectRatio: input.aspectRatio,
    imagesJson: "[]",
    videoJson: null,
    requestJson: "",
    status: "submitting",
    retryOf: options.retryOf ?? null,
    takeGroup: options.takeGroup ?? null,
    createdAt: now,
    updatedAt: now,
    leaseOwner: deps.instanceId,
    leaseToken: token,
    leaseUntil: now + deps.settings.leaseMs,
  });
  if (!claimed) return duplicateOf(deps, input.draftId, ownerId);

  const stop = keepLeaseAlive(deps, claimed.id, token);
  try {
    const held = heldRow(deps, claimed, token);
    const ready = await prepare(deps, held, input, ownerId);
    const sent = await sendSubmit(deps, heldRow(deps, ready, token), "action");
    if (sent.refusal !== undefined) throw sent.refusal;
    return { generation: await toView(deps, sent.row), duplicate: false };
  } finally {
    stop();
  }
}

/** Steps 2 and the durable half of 3: resolve, then save the body while still holding the claim. */
async function prepare(
  deps: LifecycleDeps,
  held: ReturnType<typeof heldRow>,
  input: SubmitRequest,
  ownerId: string,
): Promise<GenerationRow> {
  let recipe: Recipe;
  try {
    recipe = await resolveRecipe(deps, input, ownerId);
  } catch (error) {
    const { code, message } = toUserError(error);
    await held.save({ status: "rejected", errorCode: code, errorMessage: message });
    throw error;
  }
  const ready = await held.save(
    {
      duration: recipe.duration,
      aspectRatio: recipe.aspectRatio,
      imagesJson: storedImagesJson(recipe.images),
      videoJson: storedVideoJson(recipe.video),
      requestJson: JSON.stringify(toGenerationRequest(recipe)),
    },
    { release: false },
  );
  if (!ready) throw new AppError("internal", undefined, { detail: `lost the claim on ${held.row.id} before sending` });
  await touchImages(
    deps.db,
    recipe.images.map((image) => image.assetId),
    deps.clock.now(),
  );
  return ready;
}
