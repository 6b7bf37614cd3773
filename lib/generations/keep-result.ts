import "server-only";
import fs from "node:fs";
import type { GenerationRow } from "@/lib/db/generations";
import { AppError, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { LifecycleDeps } from "./deps";
import { type HeldRow, withLease } from "./lease-work";

export const EXPIRED_MESSAGE = "Result expired before it could be kept";

/** Copy tries before a result that keeps failing for another reason is given up (its link stays on the card). */
export const MAX_COPY_ATTEMPTS = 8;

/** APIMart documents result links as valid 24 h after completion (§7) when the task does not say. */
const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The link answered that the file is gone (a signed link past its time can also say 403). */
function isGone(error: unknown): boolean {
  return error instanceof AppError && (error.status === 404 || error.status === 410 || error.status === 403);
}

function linkExpiry(row: GenerationRow): number {
  return row.upstreamExpiresAt ?? (row.completedAt ?? row.updatedAt) + LINK_LIFETIME_MS;
}

/**
 * Copies a finished result into the app's storage under fixed names (`<id>.mp4`, `<id>.jpg`), so a repeated copy
 * (after a crash, by another instance) is harmless, and makes its poster. The download lands in a scratch file
 * and only a complete file is moved into place: a partial file is never served.
 */
export async function keepResult(deps: LifecycleDeps, id: string): Promise<GenerationRow | undefined> {
  return withLease(deps, id, "copy", async (held) => {
    const { row } = held;
    const url = row.upstreamVideoUrl;
    if (!url) return (await held.save({ status: "failed", errorMessage: "No result link to copy." })) ?? row;
    const scratch = { video: await deps.storage.scratchPath(".mp4"), poster: await deps.storage.scratchPath(".jpg") };
    try {
      const bytes = await deps.downloadResult(url, scratch.video, {
        maxBytes: deps.settings.maxVideoBytes,
        timeoutMs: deps.settings.copyTimeoutMs,
      });
      const posterFile = await makePoster(deps, row, scratch);
      const videoFile = `${row.id}.mp4`;
      await deps.storage.putFile("videos", videoFile, scratch.video);
      const kept = await held.save({
        status: "completed",
        videoFile,
        posterFile,
        videoBytes: bytes,
        progress: 100,
        copyAttempts: row.copyAttempts + 1,
        nextCopyAt: null,
        pollErrorMessage: null,
      });
      return kept ?? row;
    } catch (error) {
      return copyFailed(deps, held, url, error);
    } finally {
      await Promise.all([scratch.video, scratch.poster].map((file) => fs.promises.rm(file, { force: true })));
    }
  });
}

/** A missing poster must not cost the creator the video. */
async function makePoster(
  deps: LifecycleDeps,
  row: GenerationRow,
  scratch: { video: string; poster: string },
): Promise<string | null> {
  try {
    await deps.makePoster(scratch.video, scratch.poster);
    const posterFile = `${row.id}.jpg`;
    await deps.storage.putFile("posters", posterFile, scratch.poster);
    return posterFile;
  } catch (error) {
    logError(`poster for ${row.id}`, error);
    return null;
  }
}

/**
 * A link that answers 404/410 gets one request to upstream for a fresh link; when that fails too, the result is
 * `expired` within minutes instead of "saving" until the 24 h expiry. Other failures back off and try again
 * until the link's own expiry or MAX_COPY_ATTEMPTS.
 */
async function copyFailed(deps: LifecycleDeps, held: HeldRow, url: string, error: unknown): Promise<GenerationRow> {
  const { row } = held;
  const now = deps.clock.now();
  const reason = toUserError(error).message;
  logError(`copy ${row.id}`, error instanceof AppError ? (error.detail ?? error.message) : error);
  if (isGone(error)) {
    const fresh = row.resultRenewals < 1 ? await freshLink(deps, row) : undefined;
    if (fresh && fresh.url !== url) {
      const renewed = await held.save({
        upstreamVideoUrl: fresh.url,
        upstreamExpiresAt: fresh.expiresAt,
        resultRenewals: row.resultRenewals + 1,
        nextCopyAt: null,
      });
      return renewed ?? row;
    }
    return (await held.save(expired())) ?? row;
  }
  const attempts = row.copyAttempts + 1;
  if (now >= linkExpiry(row)) return (await held.save(expired())) ?? row;
  if (attempts >= MAX_COPY_ATTEMPTS) {
    const message = `The finished video could not be copied into the app (${reason}). The task id is kept.`;
    return (
      (await held.save({ status: "failed", errorCode: "upstream", errorMessage: message, nextCopyAt: null })) ?? row
    );
  }
  const delay = Math.min(5 * 60_000, Math.max(1_000, deps.settings.poll.minIntervalMs) * 2 ** attempts);
  const retry = await held.save({ copyAttempts: attempts, nextCopyAt: now + delay, pollErrorMessage: reason });
  return retry ?? row;
}

function expired() {
  return {
    status: "expired" as const,
    errorCode: "not_found" as const,
    errorMessage: EXPIRED_MESSAGE,
    nextCopyAt: null,
  };
}

/** Asks upstream for the task again: a renewed result link, if it has one. */
async function freshLink(deps: LifecycleDeps, row: GenerationRow) {
  try {
    const task = await deps.upstream.getTask(row.taskId ?? "");
    if (!task.videoUrl) return undefined;
    return { url: task.videoUrl, expiresAt: task.videoExpiresAt ? task.videoExpiresAt * 1000 : null };
  } catch (error) {
    logError(`fresh link for ${row.id}`, error);
    return undefined;
  }
}
