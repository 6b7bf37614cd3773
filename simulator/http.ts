import type { IncomingMessage, ServerResponse } from "node:http";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; bytes: number };

/**
 * Reads a request body up to `limit` bytes. Past the limit the rest is drained and counted but not kept,
 * so an oversized body can still get a proper answer (closing early makes many clients report a socket
 * error instead of the status).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    bytes += buf.length;
    if (bytes <= limit) chunks.push(buf);
  }
  return bytes <= limit ? { ok: true, body: Buffer.concat(chunks) } : { ok: false, bytes };
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Drains and discards the request body so the client can finish sending. */
export function discardBody(req: IncomingMessage): void {
  req.on("error", () => undefined);
  req.resume();
}

/** decodeURIComponent that answers null instead of throwing on malformed escapes. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
