import type { ApiError } from "./errors";
import { priceTask } from "./pricing";
import type { TaskRecord } from "./task-record";

/** Results stay downloadable for 24 h, as `expires_at` says in every APIMart example. */
export const resultLifetimeSeconds = 86_400;

/** Share of the task time spent `pending` before `processing` starts. */
const pendingShare = 0.1;

interface BaseData {
  id: string;
  created: number;
  estimated_time: number;
}

export type TaskData =
  | (BaseData & { status: "pending" | "processing"; progress: number })
  | (BaseData & {
      status: "completed";
      progress: 100;
      cost: number;
      credits_cost: number;
      result: { videos: { url: string[]; expires_at: number }[] };
      completed: number;
      actual_time: number;
    })
  | (BaseData & { status: "failed"; progress: 100; error: ApiError; completed: number; actual_time: number });

type Terminal =
  | { kind: "running"; progress: number; pending: boolean }
  | { kind: "completed"; endMs: number; file: string; seconds: number }
  | { kind: "failed"; endMs: number; error: ApiError };

/**
 * Everything is derived from timestamps rather than timers, so the lifecycle survives restarts and
 * needs no background ticking. A task only completes once its time is up AND its MP4 exists.
 */
export function taskPhase(task: TaskRecord, nowMs: number): Terminal {
  const elapsed = nowMs - task.createdMs;
  const pendingMs = task.taskMs * pendingShare;
  if (elapsed < pendingMs) return { kind: "running", progress: 0, pending: true };
  if (elapsed < task.taskMs) {
    const share = (elapsed - pendingMs) / (task.taskMs - pendingMs);
    return { kind: "running", progress: Math.min(99, Math.max(1, Math.floor(share * 100))), pending: false };
  }
  if (task.stuck) return { kind: "running", progress: 99, pending: false };
  const dueMs = task.createdMs + task.taskMs;
  if (task.forcedError !== null) return { kind: "failed", endMs: dueMs, error: task.forcedError };
  const render = task.render;
  if (render.status === "done") {
    return { kind: "completed", endMs: Math.max(dueMs, render.finishedMs), file: render.file, seconds: render.seconds };
  }
  if (render.status === "failed")
    return { kind: "failed", endMs: Math.max(dueMs, render.finishedMs), error: render.error };
  return { kind: "running", progress: 99, pending: false };
}

/** Field order follows APIMart's examples (irrelevant to JSON, but it keeps diffs against docs easy). */
export function taskView(task: TaskRecord, nowMs: number, videoUrl: (file: string) => string): TaskData {
  const id = task.id;
  const created = Math.floor(task.createdMs / 1000);
  const estimated_time = Math.ceil(task.taskMs / 1000);
  const phase = taskPhase(task, nowMs);
  if (phase.kind === "running") {
    return { id, status: phase.pending ? "pending" : "processing", progress: phase.progress, created, estimated_time };
  }
  const completed = Math.max(created, Math.floor(phase.endMs / 1000));
  const actual_time = completed - created;
  if (phase.kind === "failed") {
    return { id, status: "failed", progress: 100, error: phase.error, created, completed, estimated_time, actual_time };
  }
  const { cost, credits_cost } = priceTask(task.request.mode, phase.seconds);
  return {
    id,
    status: "completed",
    progress: 100,
    cost,
    credits_cost,
    result: { videos: [{ url: [videoUrl(phase.file)], expires_at: completed + resultLifetimeSeconds }] },
    created,
    completed,
    estimated_time,
    actual_time,
  };
}
