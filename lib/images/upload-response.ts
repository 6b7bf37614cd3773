import { z } from "zod";
import { imageRefSchema } from "@/lib/references/image-ref";

/**
 * What POST /api/uploads answers when it stored the image: `{ image: ImageRef }`. A failure is the app's one
 * error JSON (lib/http/error-body). Shared by the route (to build it) and the browser (to read it).
 */
export const uploadedSchema = z.object({ image: imageRefSchema });

export type Uploaded = z.infer<typeof uploadedSchema>;
