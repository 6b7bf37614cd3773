/**
 * Streaming multipart/form-data parser. Part bodies are handed out as they arrive and at most one
 * delimiter's worth of bytes is held back, so an upload never has to sit in memory as a whole.
 */

export interface PartInfo {
  name: string | null;
  /** null when the part is a plain field; empty file names count as plain fields, as in Go. */
  filename: string | null;
  contentType: string | null;
}

export interface PartSink {
  data(chunk: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
}

export class MultipartError extends Error {}

const maxHeaderBytes = 16 * 1024;
const crlf = Buffer.from("\r\n");
const headerEnd = Buffer.from("\r\n\r\n");

export const ignorePart: PartSink = { data: () => undefined, end: () => undefined };

/** `boundary` parameter of a multipart/form-data Content-Type, or null when it is not one. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (contentType === undefined || !/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

function headerParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const pattern = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (const match of value.matchAll(pattern)) {
    const key = (match[1] ?? "").toLowerCase();
    const raw = (match[2] ?? "").trim();
    params.set(key, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw);
  }
  return params;
}

function decodeExtended(value: string): string | null {
  // RFC 5987: charset'lang'percent-encoded
  const match = /^[^']*'[^']*'(.*)$/.exec(value);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function parsePartHeaders(block: string): PartInfo {
  const info: PartInfo = { name: null, filename: null, contentType: null };
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "content-type") info.contentType = value;
    if (key !== "content-disposition") continue;
    const params = headerParams(value);
    info.name = params.get("name") ?? null;
    const extended = params.get("filename*");
    const filename = (extended === undefined ? null : decodeExtended(extended)) ?? params.get("filename") ?? null;
    info.filename = filename === "" ? null : filename;
  }
  return info;
}

type State = "preamble" | "afterBoundary" | "headers" | "body" | "done";

export class MultipartParser {
  private readonly delimiter: Buffer;
  // Starting with CRLF lets the very first boundary match like every later one.
  private buffer: Buffer = Buffer.from(crlf);
  private state: State = "preamble";
  private sink: PartSink = ignorePart;

  constructor(
    boundary: string,
    private readonly onPart: (info: PartInfo) => PartSink,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  async write(chunk: Buffer): Promise<void> {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (await this.step()) {
      // each step consumes what it can; loop until it needs more input
    }
  }

  /** Throws when the body ended before the closing boundary. */
  end(): void {
    if (this.state !== "done") throw new MultipartError("unexpected EOF");
  }

  private keepTail(): void {
    const keep = Math.min(this.buffer.length, this.delimiter.length - 1);
    this.buffer = this.buffer.subarray(this.buffer.length - keep);
  }

  private async step(): Promise<boolean> {
    switch (this.state) {
      case "preamble": {
        const at = this.buffer.indexOf(this.delimiter);
        if (at < 0) {
          this.keepTail();
          return false;
        }
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        this.state = "afterBoundary";
        return true;
      }
      case "afterBoundary": {
        if (this.buffer.length < 2) return false;
        if (this.buffer[0] === 0x2d && this.buffer[1] === 0x2d) {
          this.state = "done";
          this.buffer = Buffer.alloc(0);
          return false;
        }
        const lineEnd = this.buffer.indexOf(crlf);
        if (lineEnd < 0) {
          if (this.buffer.length > 1024) throw new MultipartError("malformed boundary line");
          return false;
        }
        if (this.buffer.subarray(0, lineEnd).toString("latin1").trim() !== "")
          throw new MultipartError("malformed boundary line");
        this.buffer = this.buffer.subarray(lineEnd + 2);
        this.state = "headers";
        return true;
      }
      case "headers": {
        // A part without headers starts its body right after the boundary line.
        const empty = this.buffer.subarray(0, 2).equals(crlf);
        const blockEnd = empty ? 0 : this.buffer.indexOf(headerEnd);
        if (blockEnd < 0) {
          if (this.buffer.length > maxHeaderBytes) throw new MultipartError("part headers too large");
          return false;
        }
        const block = this.buffer.subarray(0, blockEnd).toString("utf8");
        this.buffer = this.buffer.subarray(empty ? 2 : blockEnd + 4);
        this.sink = this.onPart(parsePartHeaders(block));
        this.state = "body";
        return true;
      }
      case "body": {
        const at = this.buffer.indexOf(this.delimiter);
        if (at < 0) {
          const keep = Math.min(this.buffer.length, this.delimiter.length - 1);
          const ready = this.buffer.subarray(0, this.buffer.length - keep);
          this.keepTail();
          if (ready.length > 0) await this.sink.data(ready);
          return false;
        }
        const last = this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + this.delimiter.length);
        if (last.length > 0) await this.sink.data(last);
        await this.sink.end();
        this.sink = ignorePart;
        this.state = "afterBoundary";
        return true;
      }
      case "done":
        this.buffer = Buffer.alloc(0);
        return false;
    }
  }
}
