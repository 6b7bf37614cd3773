"use server";

import { z } from "zod";
import { findGeneration } from "@/lib/db/generations";
import { env } from "@/lib/env";

/** Hours of life an upstream URL must still have to be worth sending instead of the app's own copy. */
const MARGIN_MS = 60 * 60 * 1000;

/**
 * A past result as a reference video: its upstream URL while that still lives (APIMart can surely fetch it),
 * else the app's own public copy.
 */
export async function resultAsReference(
  generationId: unknown,
): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const id = z.string().min(1).max(100).safeParse(generationId);
  const row = id.success ? findGeneration(id.data) : undefined;
  if (row?.status !== "completed" || !row.videoFile) return { ok: false, message: "That video is not available." };
  if (row.upstreamVideoUrl && row.upstreamExpiresAt && row.upstreamExpiresAt > Date.now() + MARGIN_MS) {
    return { ok: true, url: row.upstreamVideoUrl };
  }
  const config = env();
  const local = /^(localhost|127\.|\[::1\])/.test(new URL(config.publicBaseUrl).host);
  if (local && !config.usingSimulator) {
    return {
      ok: false,
      message:
        "This video's APIMart link has expired, and APIMart cannot fetch the app's copy from localhost. Set PUBLIC_BASE_URL to this app's public address.",
    };
  }
  return { ok: true, url: `${config.publicBaseUrl}/media/videos/${encodeURIComponent(row.videoFile)}` };
}
