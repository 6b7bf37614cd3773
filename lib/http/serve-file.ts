import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { notFound } from "./error-response";
import { parseRange } from "./range";

const contentTypes: Record<string, string> = {
  ".mp4": "video/mp4",
  ".mov": "video/quicktime",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".gif": "image/gif",
};

/** One stored object as `serveObject` needs it: its size, age, type, and a way to read a byte range. */
export type ServableObject = {
  bytes: number;
  modifiedAt: number;
  contentType: string;
  /** The bytes from `start` to `end` inclusive; undefined when the object vanished since it was looked up. */
  open(range: { start: number; end: number }): Promise<Readable | undefined>;
};

export type ServeOptions = { cacheControl: string; downloadName?: string };

/**
 * Answers a GET/HEAD with Range support (206) so browsers can seek and start playing at once. The one responder
 * for every stored object, a local file or an S3 object alike, so both give the same headers.
 */
export async function serveObject(object: ServableObject, request: Request, options: ServeOptions): Promise<Response> {
  const headers = new Headers({
    "Content-Type": object.contentType,
    "Accept-Ranges": "bytes",
    "Cache-Control": options.cacheControl,
    "Last-Modified": new Date(object.modifiedAt).toUTCString(),
  });
  headers.set("Content-Disposition", contentDisposition(options.downloadName, request.url));
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
  const stream = await object.open({ start, end });
  if (!stream) return notFound();
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}

/** A file on this machine, served by `serveObject`. */
export async function serveFile(file: string, request: Request, options: ServeOptions): Promise<Response> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return notFound();
  return serveObject(
    {
      bytes: stat.size,
      modifiedAt: stat.mtimeMs,
      contentType: contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      open: async ({ start, end }) => fs.createReadStream(file, { start, end }),
    },
    request,
    options,
  );
}

/**
 * Always present: `attachment` with the asked-for name for downloads, `inline` otherwise, named after the URL's
 * last segment. The plain filename is reduced to safe ASCII (no quote or header injection); filename* keeps
 * the full name for browsers that read it.
 */
export function contentDisposition(downloadName: string | undefined, requestUrl: string): string {
  let fallback = "file";
  try {
    fallback = decodeURIComponent(new URL(requestUrl).pathname.split("/").pop() || "file");
  } catch {
    // an undecodable name keeps the neutral default
  }
  const name = (downloadName ?? fallback).slice(0, 200);
  const ascii = name.replace(/[^\w.-]/g, "_") || "file";
  const type = downloadName ? "attachment" : "inline";
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
