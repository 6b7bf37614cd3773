import { z } from "zod";
import { IMAGE_NAME_MAX, type ImageRef } from "./image-ref";

/** The server's rules for an `ImageRef` (stored rows, recipes). The browser reads with `readImageRef` instead. */
export const imageRefSchema = z.object({
  assetId: z.string().min(1).max(100),
  name: z.string().max(IMAGE_NAME_MAX),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  previewUrl: z.string().min(1),
  upstreamUrl: z.string().min(1),
}) satisfies z.ZodType<ImageRef>;
