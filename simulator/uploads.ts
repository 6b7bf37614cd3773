import { randomUUID } from "node:crypto";
import { type FileHandle, open, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { uploadError } from "./errors";
import type { FileStore } from "./file-store";
import { discardBody, headerValue, sendJson } from "./http";
import { newFilePrefix } from "./ids";
import { ignorePart, MultipartError, MultipartParser, multipartBoundary, type PartSink } from "./multipart";
import type { LoggedRequest } from "./request-log";
import { sniffImage, sniffMime } from "./sniff";

export const maxUploadBytes = 20_971_520;
/** Past this much body the simulator stops reading altogether instead of draining. */
const hardBodyCap = 3 * maxUploadBytes;
const sniffBytes = 512;

interface Received {
  filename: string;
  bytes: number;
  head: Buffer;
  tempPath: string;
}

type ReceiveResult =
  | { kind: "ok"; file: Received }
  | { kind: "missing" }
  | { kind: "too_large"; bytes: number; readAll: boolean }
  | { kind: "malformed"; reason: string };

/** Receives the first part named `file` that has a file name, writing at most the size limit to disk. */
async function receiveFile(req: IncomingMessage, boundary: string, incomingDir: string): Promise<ReceiveResult> {
  // A holder object because the part callback fills it in while the loop below runs.
  const found: { file: (Received & { handle: FileHandle | null; tooLarge: boolean }) | null } = { file: null };
  const tempPath = join(incomingDir, randomUUID());
  const parser = new MultipartParser(boundary, (info): PartSink => {
    if (found.file !== null || info.name !== "file" || info.filename === null) return ignorePart;
    const current: Received & { handle: FileHandle | null; tooLarge: boolean } = {
      filename: info.filename,
      bytes: 0,
      head: Buffer.alloc(0),
      tempPath,
      handle: null,
      tooLarge: false,
    };
    found.file = current;
    return {
      async data(chunk) {
        current.bytes += chunk.length;
        if (current.head.length < sniffBytes)
          current.head = Buffer.concat([current.head, chunk.subarray(0, sniffBytes)]);
        if (current.tooLarge) return;
        if (current.bytes > maxUploadBytes) {
          // Keep counting for the error message but stop storing.
          current.tooLarge = true;
          await current.handle?.close();
          current.handle = null;
          await rm(tempPath, { force: true });
          return;
        }
        current.handle ??= await open(tempPath, "w");
        await current.handle.write(chunk);
      },
      async end() {
        await current.handle?.close();
        current.handle = null;
      },
    };
  });
  let total = 0;
  try {
    // destroyOnReturn: false keeps the socket alive when we stop early, so an answer can still be sent.
    for await (const chunk of req.iterator({ destroyOnReturn: false })) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buf.length;
      if (total > hardBodyCap) {
        req.pause();
        await found.file?.handle?.close();
        await rm(tempPath, { force: true });
        // Only a lower bound is known here, as the rest of the body is never read.
        return { kind: "too_large", bytes: found.file?.bytes ?? total, readAll: false };
      }
      await parser.write(buf);
    }
    parser.end();
  } catch (error) {
    await found.file?.handle?.close();
    await rm(tempPath, { force: true });
    discardBody(req);
    if (error instanceof MultipartError) return { kind: "malformed", reason: `multipart: ${error.message}` };
    throw error;
  }
  const received = found.file;
  if (received === null) return { kind: "missing" };
  if (received.tooLarge) return { kind: "too_large", bytes: received.bytes, readAll: true };
  return { kind: "ok", file: received };
}

function safeName(filename: string): string {
  const base = filename.split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .replace(/^[._-]+/, "")
    .slice(-100);
  return cleaned === "" ? "image" : cleaned;
}

export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  entry: LoggedRequest,
  files: FileStore,
  fileUrl: (name: string) => string,
): Promise<void> {
  const boundary = multipartBoundary(headerValue(req, "content-type"));
  if (boundary === null) {
    discardBody(req);
    return sendJson(
      res,
      400,
      uploadError("missing or invalid file field: request Content-Type isn't multipart/form-data"),
    );
  }
  const result = await receiveFile(req, boundary, files.paths.incoming);
  if (result.kind === "malformed")
    return sendJson(res, 400, uploadError(`missing or invalid file field: ${result.reason}`));
  if (result.kind === "missing")
    return sendJson(res, 400, uploadError("missing or invalid file field: http: no such file"));
  if (result.kind === "too_large") {
    entry.upload = { filename: null, bytes: result.bytes, detected_type: null };
    const body = uploadError(`file size ${result.bytes} exceeds maximum ${maxUploadBytes} bytes`);
    // The rest of an over-cap body is not read, so the connection cannot be reused.
    if (!result.readAll) res.on("finish", () => req.destroy());
    return sendJson(res, 413, body, result.readAll ? {} : { Connection: "close" });
  }
  const { file } = result;
  const type = sniffImage(file.head);
  entry.upload = { filename: file.filename, bytes: file.bytes, detected_type: type ?? sniffMime(file.head) };
  if (type === null) {
    await rm(file.tempPath, { force: true });
    return sendJson(
      res,
      400,
      uploadError(`unsupported image type: ${sniffMime(file.head)}, allowed: jpeg, png, gif, webp`),
    );
  }
  const name = `${newFilePrefix()}-${safeName(file.filename)}`;
  const createdAt = Math.floor(Date.now() / 1000);
  const filename = file.filename.split(/[/\\]/).pop() ?? file.filename;
  await files.saveUpload(file.tempPath, name, {
    filename,
    content_type: type,
    bytes: file.bytes,
    created_at: createdAt,
    expired: false,
  });
  sendJson(res, 200, { url: fileUrl(name), filename, content_type: type, bytes: file.bytes, created_at: createdAt });
}
