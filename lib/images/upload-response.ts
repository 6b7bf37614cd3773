import { isRecord } from "@/lib/json/guards";
import { type ImageRef, readImageRef } from "@/lib/references/image-ref";

/**
 * What POST /api/uploads answers when it stored the image: `{ image: ImageRef }`. A failure is the app's one
 * error JSON (lib/http/error-body). Shared by the route (to build it) and the browser (to read it).
 */
export type Uploaded = { image: ImageRef };

/** The browser's reading of that answer (no zod in the browser); undefined when it is not that shape. */
export function readUploaded(json: unknown): Uploaded | undefined {
  if (!isRecord(json)) return undefined;
  const image = readImageRef(json.image);
  return image ? { image } : undefined;
}
