import { isRecord, isText } from "@/lib/json/guards";
import { readVideoCheck, type VideoCheck } from "./video-ref";

/** What POST /api/videos answers for a stored, checked upload: the URL `video_list` will carry and the check. */
export type UploadedVideo = { url: string; check: VideoCheck };

/** The browser's reading of that answer (no zod in the browser); undefined when it is not that shape. */
export function readUploadedVideo(body: unknown): UploadedVideo | undefined {
  if (!isRecord(body) || !isText(body.url, 1)) return undefined;
  const check = readVideoCheck(body.check);
  return check ? { url: body.url, check } : undefined;
}
