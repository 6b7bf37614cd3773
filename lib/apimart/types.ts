import type { ErrorCode } from "@/lib/errors";
import type { AspectRatio, Duration, Mode, ReferType } from "@/lib/generations/settings";
import type { TaskStatus } from "@/lib/generations/status";

export type { TaskStatus } from "@/lib/generations/status";

import type { ImageLimitRejection } from "./apimart-error";

/** The documented kling-video-o1 submit body; this is exactly what goes on the wire. */
export type GenerationRequest = {
  model: "kling-video-o1";
  prompt: string;
  mode?: Mode;
  duration?: Duration;
  aspect_ratio?: AspectRatio;
  image_urls?: string[];
  video_list?: Array<{
    video_url: string;
    refer_type: ReferType;
    keep_original_sound: "yes" | "no";
  }>;
};

export type TaskError = {
  code: ErrorCode;
  /** Written for the user. */
  message: string;
  /** The vendor's own `error.code` (or `type` when no code), for logs and support. */
  upstreamCode?: string;
  /** The vendor's raw error object; logs only. */
  detail?: string;
  /** Set when the task failed because of the number of images. */
  imageLimit?: ImageLimitRejection;
};

/**
 * A task as the app sees it. Times are Unix **seconds** and durations are seconds, exactly as APIMart sends them,
 * so they can be compared with one another without conversion.
 */
export type UpstreamTask = {
  id: string;
  status: TaskStatus;
  /** Integer 0–100. */
  progress: number;
  createdAt?: number;
  completedAt?: number;
  estimatedTime?: number;
  actualTime?: number;
  /** USD. */
  cost?: number;
  /** APIMart credits (cost × 10). */
  creditsCost?: number;
  /** Present when status is "completed"; public, no auth, expires (see videoExpiresAt). */
  videoUrl?: string;
  /** Unix seconds; documented as completion + 24 h. */
  videoExpiresAt?: number;
  thumbnailUrl?: string;
  /** Present when status is "failed". */
  error?: TaskError;
};

export type UploadedImage = {
  /** Public URL, valid about 72 h. */
  url: string;
  filename: string;
  contentType: string;
  bytes: number;
  /** Unix seconds. */
  createdAt: number;
};

export type SubmitResult = {
  taskId: string;
};

/** An APIMart balance. Money is USD; credits are APIMart credits (USD × 10). */
export type Balance = {
  /** The key (or account) has no spending limit; APIMart then reports -1 for the remainder. */
  unlimited: boolean;
  /** Left to spend; undefined when unlimited or not reported. */
  remainingUsd?: number;
  remainingCredits?: number;
  usedUsd?: number;
  usedCredits?: number;
};

/** `key`: `GET /v1/balance` (this key, with its quota cap); `account`: `GET /v1/user/balance`. */
export type BalanceScope = "key" | "account";

export type ApimartTimeouts = {
  submit: number;
  poll: number;
  upload: number;
};

export type ApimartClientOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: Partial<ApimartTimeouts>;
  fetch?: typeof fetch;
};

export type ApimartClient = {
  submitGeneration(body: GenerationRequest, opts?: { idempotencyKey?: string }): Promise<SubmitResult>;
  getTask(taskId: string): Promise<UpstreamTask>;
  uploadImage(file: Blob, filename: string): Promise<UploadedImage>;
  getBalance(scope?: BalanceScope): Promise<Balance>;
};
