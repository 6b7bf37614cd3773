import type { TaskError } from "./errors";
import { priceTask } from "./pricing";
import { outputSize } from "./render-layout";
import { thumbnailName, videoName } from "./result-links";
import type { TaskRecord } from "./task-record";
import type { TaskVariants } from "./variants";

/** Results stay downloadable for 24 h, as `expires_at` says in every APIMart example. */
export const resultLifetimeSeconds = 86_400;

/** Share of the task time spent `pending` before `processing` starts. */
const pendingShare = 0.1;

interface BaseData {
  id: string;
  created: number;
  estimated_time: number;
}

type VideoUrl = string | string[] | { url: string; duration: number; width: number; height: number };

export type TaskData =
  | (BaseData & { status: "pending" | "submitted" | "processing" | "cancelled"; progress: number })
  | (BaseData & {
      status: "completed";
      progress: 100;
      cost: number;
      credits_cost: number;
      result: { thumbnail_url?: string; videos: { url: VideoUrl; expires_at: number }[] };
      completed: number;
      actual_time: number;
    })
  | (BaseData & { status: "failed"; progress: 100; error: TaskError; completed: number; actual_time: number });

export type TaskPhase =
  | { kind: "running"; progress: number; pending: boolean }
  | { kind: "cancelled"; progress: number }
  | { kind: "completed"; endMs: number; file: string; seconds: number }
  | { kind: "failed"; endMs: number; error: TaskError };

function runningAt(task: TaskRecord, nowMs: number): { kind: "running"; progress: number; pending: boolean } | null {
  const elapsed = nowMs - task.createdMs;
  const pendingMs = task.taskMs * pendingShare;
  if (elapsed < pendingMs) return { kind: "running", progress: 0, pending: true };
  if (elapsed < task.taskMs) {
    const share = (elapsed - pendingMs) / (task.taskMs - pendingMs);
    return { kind: "running", progress: Math.min(99, Math.max(1, Math.floor(share * 100))), pending: false };
  }
  return null;
}

/**
 * Everything is derived from timestamps rather than timers, so the lifecycle survives restarts and
 * needs no background ticking. A task only completes once its time is up AND its MP4 exists.
 */
export function taskPhase(task: TaskRecord, nowMs: number): TaskPhase {
  if (task.cancelledMs !== null && nowMs >= task.cancelledMs) {
    return { kind: "cancelled", progress: runningAt(task, task.cancelledMs)?.progress ?? 99 };
  }
  const running = runningAt(task, nowMs);
  if (running !== null) return running;
  if (task.stuck) return { kind: "running", progress: 99, pending: false };
  if (task.cancelAtDue) return { kind: "cancelled", progress: 99 };
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

export function isTerminal(phase: TaskPhase): boolean {
  return phase.kind !== "running";
}

export interface ResultUrls {
  video(name: string): string;
  thumbnail(name: string): string;
}

function videoUrl(url: string, shape: TaskVariants["url_shape"], task: TaskRecord, seconds: number): VideoUrl {
  if (shape === "string") return url;
  if (shape === "array") return [url];
  const { width, height } = outputSize(task.request.mode, task.request.aspect_ratio);
  return { url, duration: seconds, width, height };
}

/** Field order follows APIMart's examples (irrelevant to JSON, but it keeps diffs against docs easy). */
export function taskView(task: TaskRecord, nowMs: number, urls: ResultUrls, variants: TaskVariants): TaskData {
  const id = task.id;
  const created = Math.floor(task.createdMs / 1000);
  const estimated_time = Math.ceil(task.taskMs / 1000);
  const phase = taskPhase(task, nowMs);
  if (phase.kind === "running") {
    const early = variants.early_status === "submitted" ? "submitted" : "pending";
    return { id, status: phase.pending ? early : "processing", progress: phase.progress, created, estimated_time };
  }
  // §12: `completed` and `actual_time` belong to finished tasks; a cancelled one has neither, nor a cost.
  if (phase.kind === "cancelled") return { id, status: "cancelled", progress: phase.progress, created, estimated_time };
  const completed = Math.max(created, Math.floor(phase.endMs / 1000));
  const actual_time = completed - created;
  if (phase.kind === "failed") {
    const error =
      variants.error_shape === "string" && typeof phase.error !== "string" ? phase.error.message : phase.error;
    return { id, status: "failed", progress: 100, error, created, completed, estimated_time, actual_time };
  }
  const { cost, credits_cost } = priceTask(task.request, phase.seconds);
  const video = { url: videoUrl(urls.video(videoName(task, phase.file)), variants.url_shape, task, phase.seconds) };
  const thumbnail = variants.thumbnail ? { thumbnail_url: urls.thumbnail(thumbnailName(task, phase.file)) } : {};
  return {
    id,
    status: "completed",
    progress: 100,
    cost,
    credits_cost,
    result: { ...thumbnail, videos: [{ ...video, expires_at: completed + resultLifetimeSeconds }] },
    created,
    completed,
    estimated_time,
    actual_time,
  };
}

/** What a task has charged (micro-dollars): its cost once completed, nothing while running, failed or cancelled. */
export function chargedMicroUsd(task: TaskRecord, nowMs: number): number {
  const phase = taskPhase(task, nowMs);
  return phase.kind === "completed" ? priceTask(task.request, phase.seconds).microUsd : 0;
}
