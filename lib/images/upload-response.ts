import { z } from "zod";

/** What POST /api/uploads answers; shared by the route (to build it) and the browser (to read it). */
export const uploadedImageSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** The app's own URL for the stored file (/media/images/…). */
  url: z.string().min(1),
  /** The URL to put in image_urls. */
  upstreamUrl: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  contentType: z.enum(["image/jpeg", "image/png"]),
  bytes: z.number().int().positive(),
});

export type UploadedImageInfo = z.infer<typeof uploadedImageSchema>;

export const uploadResponseSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), image: uploadedImageSchema }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);

export type UploadResponse = z.infer<typeof uploadResponseSchema>;
