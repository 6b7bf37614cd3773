import "server-only";
import fs from "node:fs";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { isAllowedMediaUrl } from "@/lib/media/allowed-host";
import { downloadToFile } from "@/lib/media/download";
import { mediaDir, mediaPath } from "@/lib/media/paths";
import { makePoster } from "@/lib/media/poster";

/** Copies a finished video into the app's storage (upstream links die after ~24 h) and makes its poster. */
export async function storeResult(
  generationId: string,
  upstreamUrl: string,
): Promise<{ videoFile: string; posterFile: string | null; videoBytes: number }> {
  if (!isAllowedMediaUrl(upstreamUrl, env().apiBaseUrl)) {
    throw new AppError("upstream", "The video service returned a video from an unexpected address.", {
      detail: `refused to fetch ${upstreamUrl}`,
    });
  }
  const videoFile = `${generationId}.mp4`;
  const posterFile = `${generationId}.jpg`;
  const videoPath = mediaPath("videos", videoFile);
  const posterPath = mediaPath("posters", posterFile);
  if (!videoPath || !posterPath) throw new AppError("internal");
  await fs.promises.mkdir(mediaDir("videos"), { recursive: true });
  await fs.promises.mkdir(mediaDir("posters"), { recursive: true });

  const videoBytes = await downloadToFile(upstreamUrl, videoPath, {
    maxBytes: env().maxVideoBytes,
    timeoutMs: 120_000,
  });
  try {
    await makePoster(videoPath, posterPath);
    return { videoFile, posterFile, videoBytes };
  } catch (error) {
    // A missing poster must not cost the creator the video.
    logError(`poster for ${generationId}`, error);
    return { videoFile, posterFile: null, videoBytes };
  }
}
