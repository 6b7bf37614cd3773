import { z } from "zod";
import { videoCheckSchema } from "./video-ref";

/** What POST /api/videos answers for a stored, checked upload: the URL `video_list` will carry and the check. */
export const uploadedVideoSchema = z.object({ url: z.string().min(1), check: videoCheckSchema });

export type UploadedVideo = z.infer<typeof uploadedVideoSchema>;
