import { classifyTaskFailure } from "./map-error";
import { isHttpUrl, type VendorTaskData, type VendorVideo } from "./schemas";
import { truncate } from "./text";
import type { TaskStatus, UpstreamTask } from "./types";

/** Vendor task data → the app's UpstreamTask. */

const STATUS_MAP: Record<string, TaskStatus> = {
  pending: "pending",
  submitted: "pending",
  queued: "pending",
  processing: "processing",
  in_progress: "processing",
  running: "processing",
  completed: "completed",
  failed: "failed",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/**
 * Unknown values count as still running: the contract names more statuses than the task page lists, and
 * calling an unknown state terminal would abandon a video we may still get.
 */
export function normalizeStatus(raw: string): TaskStatus {
  return STATUS_MAP[raw.trim().toLowerCase()] ?? "processing";
}

function clampProgress(value: number | undefined, status: TaskStatus): number {
  if (value === undefined) return status === "completed" ? 100 : 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

function firstUrl(video: VendorVideo): string | undefined {
  const url = video.url;
  const candidate = typeof url === "string" || Array.isArray(url) ? url : url.url;
  const first = Array.isArray(candidate) ? candidate[0] : candidate;
  return first !== undefined && isHttpUrl(first) ? first : undefined;
}

export function toUpstreamTask(data: VendorTaskData, fallbackId: string): UpstreamTask {
  const status = normalizeStatus(data.status);
  const video = data.result?.videos?.find((candidate) => firstUrl(candidate) !== undefined);
  const videoUrl = video === undefined ? undefined : firstUrl(video);

  const task: UpstreamTask = {
    id: data.id ?? fallbackId,
    status,
    progress: clampProgress(data.progress, status),
    createdAt: data.created,
    completedAt: data.completed,
    estimatedTime: data.estimated_time,
    actualTime: data.actual_time,
    cost: data.cost,
    creditsCost: data.credits_cost,
    thumbnailUrl: data.result?.thumbnail_url,
  };

  if (status === "completed") {
    if (videoUrl === undefined) {
      // A finished task without a video is useless to the app; calling it failed stops polling for good.
      return {
        ...task,
        status: "failed",
        error: {
          code: "upstream",
          message: "The video service reported the video as finished but sent no video link. Try again.",
          detail: `completed task without result.videos[].url: ${truncate(JSON.stringify(data.result ?? null))}`,
        },
      };
    }
    return { ...task, videoUrl, videoExpiresAt: video?.expires_at };
  }

  if (status === "failed") return { ...task, error: classifyTaskFailure(data.error) };
  return task;
}
