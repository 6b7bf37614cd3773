import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileGoneError, fileNotFoundError } from "./errors";
import type { FileKind, FileStore } from "./file-store";
import { sendJson } from "./http";

export type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range (what video players send). Multiple ranges or bad syntax are ignored, which
 * RFC 9110 allows (the whole file is sent instead); "unsatisfiable" means a valid but impossible range.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

/** Sends a byte range as-is, or spread evenly over `spreadMs` (a slow file host) in small timed pieces. */
function sendRange(res: ServerResponse, file: string, span: ByteRange, spreadMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const stream = createReadStream(file, {
      start: span.start,
      end: span.end,
      highWaterMark: spreadMs > 0 ? Math.max(1024, Math.ceil((span.end - span.start + 1) / 40)) : undefined,
    });
    stream.on("error", () => res.destroy());
    res.on("close", () => {
      stream.destroy();
      resolve();
    });
    if (spreadMs <= 0) {
      stream.pipe(res);
      return;
    }
    const pause = spreadMs / 40;
    stream.on("data", (chunk) => {
      stream.pause();
      res.write(chunk);
      setTimeout(() => stream.resume(), pause);
    });
    stream.on("end", () => res.end());
  });
}

export async function serveStoredFile(
  files: FileStore,
  req: IncomingMessage,
  res: ServerResponse,
  kind: FileKind,
  name: string,
  options: { spreadMs?: number } = {},
): Promise<void> {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD")
    return sendJson(
      res,
      405,
      { error: { message: "method not allowed", type: "invalid_request_error" } },
      { Allow: "GET, HEAD" },
    );
  const found = await files.lookup(kind, name, Date.now());
  if (found.kind === "gone" && found.status === 410) return sendJson(res, 410, fileGoneError);
  const info = found.kind === "file" ? await stat(found.path).catch(() => null) : null;
  if (found.kind !== "file" || info === null || !info.isFile()) return sendJson(res, 404, fileNotFoundError);

  const headers: Record<string, string> = {
    "Content-Type": found.contentType,
    "Accept-Ranges": "bytes",
    // Browsers may load results directly; expiry must be observable, so nothing is cached.
    "Cache-Control": "no-cache",
    "Access-Control-Allow-Origin": "*",
    "Last-Modified": info.mtime.toUTCString(),
  };
  const range = parseRange(req.headers.range, info.size);
  if (range === "unsatisfiable") {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${info.size}`, "Content-Length": "0" });
    return void res.end();
  }
  const span = range ?? { start: 0, end: info.size - 1 };
  const length = Math.max(0, span.end - span.start + 1);
  res.writeHead(range === null ? 200 : 206, {
    ...headers,
    "Content-Length": String(length),
    ...(range === null ? {} : { "Content-Range": `bytes ${span.start}-${span.end}/${info.size}` }),
  });
  if (method === "HEAD" || length === 0) return void res.end();
  await sendRange(res, found.path, span, options.spreadMs ?? 0);
}
