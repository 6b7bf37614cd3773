import "server-only";
import { notFound } from "@/lib/http/error-response";
import { type ServeOptions, serveFile, serveObject } from "@/lib/http/serve-file";
import { contentTypeOf, isServableName, type MediaKind } from "./media-names";
import type { MediaStorage } from "./media-storage";

export type { ServeOptions };

/**
 * Answers a GET/HEAD for a stored object with Range support (206), so browsers can seek and start playing at
 * once. Only plain servable names are looked up: temp and partial files are refused before any storage access.
 * A file on this machine and an object elsewhere (S3) go through the same responder (lib/http/serve-file.ts).
 */
export async function serveMedia(
  storage: MediaStorage,
  kind: MediaKind,
  name: string,
  request: Request,
  options: ServeOptions,
): Promise<Response> {
  if (!isServableName(name)) return notFound();
  const local = storage.localPath(kind, name);
  if (local) return serveFile(local, request, options);
  const object = await storage.head(kind, name);
  if (!object) return notFound();
  return serveObject(
    {
      bytes: object.bytes,
      modifiedAt: object.modifiedAt,
      contentType: contentTypeOf(name),
      open: async (range) => (await storage.read(kind, name, range)) ?? undefined,
    },
    request,
    options,
  );
}
