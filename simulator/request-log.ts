import type { IncomingMessage, ServerResponse } from "node:http";

export interface LoggedRequest {
  request_id: string;
  method: string;
  path: string;
  time: string;
  /** All request headers except Authorization, whose value is never recorded. */
  headers: Record<string, string>;
  authorization: "present" | "absent";
  /** Parsed JSON body of submits (or the raw text when it was not JSON). */
  body?: unknown;
  upload?: { filename: string | null; bytes: number; detected_type: string | null };
  fault?: string;
  /** Final HTTP status; null while unanswered or when the client aborted. */
  status: number | null;
}

/** Bounded so a long-running simulator cannot grow without limit. */
const maxEntries = 2000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  record(req: IncomingMessage, res: ServerResponse, requestId: string, path: string): LoggedRequest {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (name === "authorization" || value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const entry: LoggedRequest = {
      request_id: requestId,
      method: req.method ?? "GET",
      path,
      time: new Date().toISOString(),
      headers,
      authorization: req.headers.authorization === undefined ? "absent" : "present",
      status: null,
    };
    res.on("finish", () => {
      entry.status = res.statusCode;
    });
    this.entries.push(entry);
    if (this.entries.length > maxEntries) this.entries = this.entries.slice(-maxEntries);
    return entry;
  }

  list(): LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
