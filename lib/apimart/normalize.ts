import { classifyTaskFailure } from "./map-error";
import { isHttpUrl, type VendorBalance, type VendorTaskData, type VendorVideo } from "./schemas";
import { sanitizeVendorMessage, truncate } from "./text";
import type { Balance, TaskStatus, UpstreamTask } from "./types";

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

/** -1 (or any negative number) is APIMart's "unlimited"; it must never be shown as a debt. */
function amount(value: number | undefined, unlimited: boolean): number | undefined {
  return unlimited || value === undefined || value < 0 ? undefined : value;
}

/** Vendor balance → the app's Balance, or the vendor's reason when it answered `success:false`. */
export function toBalance(data: VendorBalance): { ok: true; balance: Balance } | { ok: false; reason: string } {
  if (data.success === false) {
    const error = typeof data.error === "object" && data.error !== null ? data.error.message : undefined;
    const reason = sanitizeVendorMessage(data.message ?? data.msg ?? error) ?? "no reason given";
    return { ok: false, reason };
  }
  const unlimited = data.unlimited_quota === true || data.remain_balance === -1;
  return {
    ok: true,
    balance: {
      unlimited,
      remainingUsd: amount(data.remain_balance, unlimited),
      remainingCredits: amount(data.remain_credits, unlimited),
      usedUsd: amount(data.used_balance, false),
      usedCredits: amount(data.used_credits, false),
    },
  };
}
