import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { AppError } from "@/lib/errors";
import type { ReferType } from "@/lib/generations/settings";
import { mediaDir, mediaPath, mediaUrl } from "@/lib/media/paths";
import { type VideoCheck, type VideoChoice, type VideoRef, videoCheckFrom } from "@/lib/references/video-ref";
import type { VideoProbe } from "@/lib/video/probe";
import { describeVideo } from "@/lib/video/rules";
import { validateReferenceVideo } from "@/lib/video/validate";

/**
 * Keeps a reference video's poster so the composer, cards and share pages can show what was referenced. Named by
 * its content, so checking the same video again (the browser, then the submit) keeps one file.
 */
async function keepPoster(jpeg: Buffer | null | undefined): Promise<string | undefined> {
  if (!jpeg || jpeg.length === 0) return undefined;
  const name = `ref-${createHash("sha256").update(jpeg).digest("hex").slice(0, 32)}.jpg`;
  const file = mediaPath("posters", name);
  if (!file) return undefined;
  if (!fs.existsSync(file)) {
    await fs.promises.mkdir(mediaDir("posters"), { recursive: true });
    const partial = `${file}.${process.pid}.part`;
    await fs.promises.writeFile(partial, jpeg);
    await fs.promises.rename(partial, file);
  }
  return mediaUrl("posters", name);
}

/** A probe (and the frame taken from it) as the check the browser and the recipe carry. */
export async function videoCheck(probe: VideoProbe, posterJpeg: Buffer | null | undefined): Promise<VideoCheck> {
  return videoCheckFrom(probe, describeVideo(probe), await keepPoster(posterJpeg));
}

/** Fetches (capped) and probes a reference video; a failure is an AppError naming the rule and the measured value. */
export async function checkReferenceVideo(url: string, referType: ReferType): Promise<VideoCheck> {
  const result = await validateReferenceVideo(url, { referType });
  if (!result.ok) throw new AppError(result.code, result.message, { field: "video" });
  return videoCheck(result.probe, result.posterJpeg);
}

/** The browser's choice of video, checked here again: a bad video must fail before money is spent. */
export async function resolveVideo(choice: VideoChoice): Promise<VideoRef> {
  return { ...choice, check: await checkReferenceVideo(choice.url, choice.referType) };
}
