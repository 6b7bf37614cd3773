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
  if (options.downloadName) {
    headers.set("Content-Disposition", `attachment; filename="${options.downloadName.replace(/[^\w.-]/g, "_")}"`);
  }
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
