import "server-only";
import type { UpstreamTask } from "@/lib/apimart";
import { findGeneration, type GenerationRow, terminalStatuses, updateGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";
import { AppError, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { upstream } from "@/lib/upstream";
import { nextPollDelay } from "./poll-schedule";
import { storeResult } from "./store-result";

const terminal: ReadonlySet<string> = new Set(terminalStatuses);

// One refresh per generation at a time, however many browsers ask.
const inflight = new Map<string, Promise<GenerationRow>>();

export function isStale(row: GenerationRow, now: number): boolean {
  if (terminal.has(row.status) || !row.taskId) return false;
  return row.nextPollAt === null || row.nextPollAt <= now;
}

/** Brings a generation up to date with upstream if its stored state is stale; never after a terminal state. */
export function refreshIfStale(row: GenerationRow, now = Date.now()): Promise<GenerationRow> {
  if (!isStale(row, now)) return Promise.resolve(row);
  const running = inflight.get(row.id);
  if (running) return running;
  const job = refresh(row).finally(() => inflight.delete(row.id));
  inflight.set(row.id, job);
  return job;
}

async function refresh(row: GenerationRow): Promise<GenerationRow> {
  const taskId = row.taskId;
  if (!taskId) return row;
  try {
    // Upstream already finished and only our copy is missing: do not ask again, just retry the copy.
    if (row.upstreamVideoUrl && !row.videoFile) return await keepResult(row, row.upstreamVideoUrl);
    const task = await upstream().getTask(taskId);
    return await apply(row, task);
  } catch (error) {
    return recordPollFailure(row, error);
  }
}

async function apply(row: GenerationRow, task: UpstreamTask): Promise<GenerationRow> {
  const now = Date.now();
  const common = {
    pollCount: row.pollCount + 1,
    pollFailures: 0,
    lastPolledAt: now,
    pollErrorMessage: null,
    estimatedTime: task.estimatedTime ?? row.estimatedTime,
    cost: task.cost ?? row.cost,
    creditsCost: task.creditsCost ?? row.creditsCost,
  };
  if (task.status === "completed") {
    if (!task.videoUrl) {
      return save(row, {
        ...common,
        status: "failed",
        errorCode: "upstream",
        errorMessage: "The video service finished the task without a video.",
        completedAt: now,
      });
    }
    const updated = save(row, {
      ...common,
      status: "processing",
      progress: 100,
      upstreamVideoUrl: task.videoUrl,
      upstreamExpiresAt: task.videoExpiresAt ? task.videoExpiresAt * 1000 : null,
    });
    return keepResult(updated, task.videoUrl);
  }
  if (task.status === "failed" || task.status === "cancelled") {
    return save(row, {
      ...common,
      status: task.status,
      errorCode: task.error?.code ?? "upstream",
      errorMessage:
        task.error?.message ??
        (task.status === "cancelled" ? "The task was cancelled by the video service." : "The video failed."),
      completedAt: task.completedAt ? task.completedAt * 1000 : now,
    });
  }
  return save(row, {
    ...common,
    status: task.status,
    progress: Math.max(row.progress, task.progress),
    nextPollAt: now + nextPollDelay({ pollCount: common.pollCount, pollFailures: 0 }, env().poll),
  });
}

async function keepResult(row: GenerationRow, url: string): Promise<GenerationRow> {
  const stored = await storeResult(row.id, url);
  return save(row, { ...stored, status: "completed", progress: 100, completedAt: Date.now(), nextPollAt: null });
}

function recordPollFailure(row: GenerationRow, error: unknown): GenerationRow {
  const failures = row.pollFailures + 1;
  if (error instanceof AppError) logError(`refresh ${row.id} (${error.code})`, error.detail ?? error.message);
  else logError(`refresh ${row.id}`, error);
  const current = findGeneration(row.id) ?? row;
  return save(current, {
    pollFailures: failures,
    lastPolledAt: Date.now(),
    pollErrorMessage: toUserError(error).message,
    nextPollAt: Date.now() + nextPollDelay({ pollCount: row.pollCount, pollFailures: failures }, env().poll),
  });
}

function save(row: GenerationRow, patch: Parameters<typeof updateGeneration>[1]): GenerationRow {
  return updateGeneration(row.id, patch) ?? row;
}
