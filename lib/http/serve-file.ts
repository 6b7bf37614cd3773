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

/** Streams a file with Range support (206) so browsers can seek and start playing at once. */
export async function serveFile(
  file: string,
  request: Request,
  options: { cacheControl: string; downloadName?: string },
): Promise<Response> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return notFound();
  const headers = new Headers({
    "Content-Type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Accept-Ranges": "bytes",
    "Cache-Control": options.cacheControl,
    "Last-Modified": stat.mtime.toUTCString(),
  });
  headers.set("Content-Disposition", contentDisposition(options.downloadName, request.url));
  const range = parseRange(request.headers.get("range"), stat.size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${stat.size}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? stat.size - 1;
  headers.set("Content-Length", String(stat.size === 0 ? 0 : end - start + 1));
  if (range) headers.set("Content-Range", `bytes ${start}-${end}/${stat.size}`);
  if (request.method === "HEAD" || stat.size === 0) {
    return new Response(null, { status: range ? 206 : 200, headers });
  }
  const stream = Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(stream, { status: range ? 206 : 200, headers });
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
