import "server-only";
import { Readable } from "node:stream";
import { notFound } from "@/lib/http/error-response";
import { parseRange } from "@/lib/http/range";
import { serveFile } from "@/lib/http/serve-file";
import { contentTypeOf, isServableName, type MediaKind } from "./media-names";
import type { MediaStorage } from "./media-storage";

export type ServeOptions = { cacheControl: string; downloadName?: string };

/**
 * Answers a GET/HEAD for a stored object with Range support (206), so browsers can seek and start playing at
 * once. Only plain servable names are looked up: temp and partial files are refused before any storage access.
 * A file on this machine goes through the file responder; an object elsewhere (S3) is streamed by range.
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
  const headers = new Headers({
    "Content-Type": contentTypeOf(name),
    "Accept-Ranges": "bytes",
    "Cache-Control": options.cacheControl,
    "Last-Modified": new Date(object.modifiedAt).toUTCString(),
  });
  if (options.downloadName) {
    headers.set("Content-Disposition", `attachment; filename="${options.downloadName.replace(/[^\w.-]/g, "_")}"`);
  }
  const range = parseRange(request.headers.get("range"), object.bytes);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${object.bytes}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? object.bytes - 1;
  headers.set("Content-Length", String(object.bytes === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${object.bytes}`);
  const status = range ? 206 : 200;
  if (request.method === "HEAD" || object.bytes === 0) return new Response(null, { status, headers });
  const stream = await storage.read(kind, name, { start, end });
  if (!stream) return notFound();
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
