import "server-only";
import { z } from "zod";
import type { GenerationRow } from "@/lib/db/generations";
import { errorCodes } from "@/lib/errors";
import { mediaUrl } from "@/lib/media/paths";
import { recipeImageSchema } from "./recipe";
import type { GenerationStatus, GenerationView } from "./view";

const storedImages = z.array(recipeImageSchema).catch([]);

export function toView(row: GenerationRow): GenerationView {
  return {
    id: row.id,
    taskId: row.taskId,
    status: viewStatus(row),
    progress: row.status === "completed" ? 100 : row.progress,
    prompt: row.prompt,
    mode: row.mode,
    duration: row.duration === 10 ? 10 : 5,
    aspectRatio: row.aspectRatio,
    images: storedImages.parse(safeJson(row.imagesJson)),
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    completedAt: row.completedAt,
    estimatedTime: row.estimatedTime,
    videoUrl: row.videoFile ? mediaUrl("videos", row.videoFile) : null,
    posterUrl: row.posterFile ? mediaUrl("posters", row.posterFile) : null,
    cost: row.cost,
    error:
      row.status === "failed" || row.status === "rejected"
        ? { code: z.enum(errorCodes).catch("upstream").parse(row.errorCode), message: row.errorMessage ?? "Failed." }
        : null,
    pollWarning: row.pollErrorMessage,
  };
}

function viewStatus(row: GenerationRow): GenerationStatus {
  if (row.status === "rejected") return "failed";
  // Upstream finished but the app has not kept its own copy yet.
  if (row.status === "processing" && row.upstreamVideoUrl && !row.videoFile) return "saving";
  return row.status;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
