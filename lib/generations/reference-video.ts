import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { ReferType } from "@/lib/generations/settings";
import { type VideoCheck, type VideoChoice, type VideoRef, videoCheckFrom } from "@/lib/references/video-ref";
import { mediaUrl } from "@/lib/storage/media-names";
import type { MediaStorage } from "@/lib/storage/media-storage";
import type { VideoProbe } from "@/lib/video/probe";
import { describeVideo } from "@/lib/video/rules";
import type { LifecycleDeps } from "./deps";

/**
 * Keeps a reference video's poster so the composer, cards and share pages can show what was referenced. Named by
 * its content, so checking the same video again (the browser, then the submit) keeps one file.
 */
async function keepPoster(storage: MediaStorage, jpeg: Buffer | null | undefined): Promise<string | undefined> {
  if (!jpeg || jpeg.length === 0) return undefined;
  const name = `ref-${createHash("sha256").update(jpeg).digest("hex").slice(0, 32)}.jpg`;
  if (await storage.head("posters", name)) await storage.touch("posters", name);
  else await storage.put("posters", name, jpeg);
  return mediaUrl("posters", name);
}

/** A probe (and the frame taken from it) as the check the browser and the recipe carry. */
export async function videoCheck(
  storage: MediaStorage,
  probe: VideoProbe,
  posterJpeg: Buffer | null | undefined,
): Promise<VideoCheck> {
  return videoCheckFrom(probe, describeVideo(probe), await keepPoster(storage, posterJpeg));
}

/** Fetches (capped) and probes a reference video; a failure is an AppError naming the rule and the measured value. */
export async function checkReferenceVideo(
  deps: Pick<LifecycleDeps, "storage" | "validateVideo">,
  url: string,
  referType: ReferType,
): Promise<VideoCheck> {
  const result = await deps.validateVideo(url, referType);
  if (!result.ok) throw new AppError(result.code, result.message, { field: "video" });
  return videoCheck(deps.storage, result.probe, result.posterJpeg);
}

/** The browser's choice of video, checked here again: a bad video must fail before money is spent. */
export async function resolveVideo(
  deps: Pick<LifecycleDeps, "storage" | "validateVideo">,
  choice: VideoChoice,
): Promise<VideoRef> {
  return { ...choice, check: await checkReferenceVideo(deps, choice.url, choice.referType) };
}
