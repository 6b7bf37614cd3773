import type { ErrorCode } from "@/lib/errors";
import type { AspectRatio, Duration, Mode } from "./recipe";

/** What the browser sees of a generation. Never carries upstream bodies or the key. */
export type GenerationStatus =
  | "submitting"
  | "pending"
  | "processing"
  | "saving"
  | "completed"
  | "failed"
  | "cancelled";

export type GenerationView = {
  id: string;
  taskId: string | null;
  status: GenerationStatus;
  progress: number;
  prompt: string;
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  /** In image_urls order; `previewUrl` is the app's own copy (outlives APIMart's 72 h upload URLs). */
  images: Array<{
    id: string;
    url: string;
    name: string;
    previewUrl: string | null;
    width: number | null;
    height: number | null;
  }>;
  createdAt: number;
  submittedAt: number | null;
  completedAt: number | null;
  /** Seconds upstream expects the task to take. */
  estimatedTime: number | null;
  videoUrl: string | null;
  posterUrl: string | null;
  cost: number | null;
  error: { code: ErrorCode; message: string } | null;
  /** A passing problem while checking (rate limit, timeout); the task itself is fine. */
  pollWarning: string | null;
  /** Running far longer than upstream estimated: the browser stops polling and offers "check again". */
  stalled: boolean;
  share: { slug: string; url: string; hideReferences: boolean } | null;
  /** Reference video, when one was used. */
  video: {
    url: string;
    referType: "base" | "feature";
    keepOriginalSound: boolean;
    durationSeconds?: number;
    posterUrl?: string;
  } | null;
};

export const terminalViewStatuses: ReadonlySet<GenerationStatus> = new Set(["completed", "failed", "cancelled"]);

export function isTerminal(status: GenerationStatus): boolean {
  return terminalViewStatuses.has(status);
}
