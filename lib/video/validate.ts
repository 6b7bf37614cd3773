import "server-only";
import { AppError, type ErrorCode, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { type DownloadOptions, withDownloadedVideo } from "./fetch-video";
import { extractPosterJpeg } from "./poster";
import { probeVideo, type VideoProbe } from "./probe";
import { checkVideo, type ReferType, type VideoProblem } from "./rules";

export type ValidateVideoOptions = DownloadOptions & { referType: ReferType };

export type VideoValidation =
  | { ok: true; probe: VideoProbe; posterJpeg?: Buffer }
  | {
      ok: false;
      code: ErrorCode;
      /** For the creator; never a stack trace or a response body. */
      message: string;
      /** When the file was read but broke rules: each rule, and what was measured. */
      problems?: VideoProblem[];
      probe?: VideoProbe;
    };

/**
 * Checks a reference video URL before a paid generation: public address, download within limits, ffprobe,
 * then the kling-video-o1 rules. Never throws; every failure becomes { ok: false } with a user message.
 */
export async function validateReferenceVideo(url: string, options: ValidateVideoOptions): Promise<VideoValidation> {
  try {
    return await withDownloadedVideo(
      url,
      async (video): Promise<VideoValidation> => {
        const probe = await probeVideo(video.path);
        const problems = checkVideo(probe, {
          referType: options.referType,
          fileName: fileNameFromUrl(url),
          maxBytes: options.maxBytes,
        });
        if (problems.length > 0) {
          const message = problems.map((problem) => problem.message).join(" ");
          return { ok: false, code: "invalid_request", message, problems, probe };
        }
        // A missing poster only costs the preview; the video itself is fine.
        const posterJpeg = await extractPosterJpeg(video.path).catch((error: unknown) => {
          logError("reference video poster", error);
          return undefined;
        });
        return posterJpeg ? { ok: true, probe, posterJpeg } : { ok: true, probe };
      },
      options,
    );
  } catch (error) {
    // A creator's bad link is not a server problem; log only what an operator might need to look at.
    if (!(error instanceof AppError)) logError("reference video check", error);
    else if (error.code !== "invalid_request") {
      logError("reference video check", `${error.code}: ${error.detail ?? error.message}`);
    }
    const { code, message } = toUserError(error);
    return { ok: false, code, message };
  }
}

/** "clip.webm" from ".../media/clip.webm?sig=…", for messages; undefined when the path has no file name. */
export function fileNameFromUrl(url: string): string | undefined {
  let last: string;
  try {
    last = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    return undefined;
  }
  // Only plain names are echoed back, so a crafted URL cannot put arbitrary text into the message.
  return /^[\w .()+-]{1,80}\.[A-Za-z0-9]{2,5}$/.test(last) ? last : undefined;
}
