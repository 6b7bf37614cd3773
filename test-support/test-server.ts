/**
 * A local HTTP server on 127.0.0.1 for the download and validation tests (never imported by app code).
 * It records every path it was asked for, so tests can prove a refused URL was never fetched.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export type TestServer = {
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  hits: string[];
  close: () => Promise<void>;
};

const types: Record<string, string> = {
  ".mp4": "video/mp4",
  ".mov": "video/quicktime",
  ".webm": "video/webm",
  ".mkv": "video/x-matroska",
};

/**
 * Routes:
 *   /v/<name>          a file from `files`, typed by extension
 *   /bin/<name>        the same file as application/octet-stream (hosts often say nothing useful)
 *   /plain/<name>      the same file as text/plain
 *   /missing           404            /forbidden  403            /broken  502
 *   /page.html         an HTML page   /empty      200 with no body
 *   /huge              declares 250 MB, sends a little, then stalls
 *   /stream/<bytes>    <bytes> of data with no Content-Length
 *   /stall             never answers  /slow-body  headers, then nothing
 *   /hop/<n>           redirect chain: n hops, then /v/fine.mp4
 *   /to?u=<url>        302 to any URL
 *   /no-location       302 without a Location header
 */
export async function startTestServer(files: Record<string, string>): Promise<TestServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    hits.push(url.pathname);
    const [, kind, name = ""] = url.pathname.split("/");
    const file = files[name];

    if ((kind === "v" || kind === "bin" || kind === "plain") && file) {
      const type =
        kind === "bin"
          ? "application/octet-stream"
          : kind === "plain"
            ? "text/plain"
            : (types[path.extname(name)] ?? "application/octet-stream");
      res.writeHead(200, { "content-type": type, "content-length": fs.statSync(file).size });
      fs.createReadStream(file).pipe(res);
      return;
    }
    if (kind === "hop") {
      const left = Number(name);
      res.writeHead(302, { location: left > 1 ? `/hop/${left - 1}` : "/v/fine.mp4" });
      res.end();
      return;
    }
    switch (url.pathname) {
      case "/missing":
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1><pre>stack trace here</pre>");
        return;
      case "/forbidden":
        res.writeHead(403, { "content-type": "text/plain" }).end("hotlinking denied");
        return;
      case "/broken":
        res.writeHead(502, { "content-type": "text/plain" }).end("bad gateway");
        return;
      case "/page.html":
        res
          .writeHead(200, { "content-type": "text/html; charset=utf-8" })
          .end("<!doctype html><title>My video</title>");
        return;
      case "/empty":
        res.writeHead(200, { "content-type": "video/mp4", "content-length": 0 }).end();
        return;
      case "/huge":
        res.writeHead(200, { "content-type": "video/mp4", "content-length": 250_000_000 });
        res.write(Buffer.alloc(1024));
        return; // never ends: reading the body would hit the timeout
      case "/stall":
        return; // never answers
      case "/slow-body":
        res.writeHead(200, { "content-type": "video/mp4" });
        res.write(Buffer.alloc(16));
        return;
      case "/to":
        res.writeHead(302, { location: url.searchParams.get("u") ?? "/" }).end();
        return;
      case "/no-location":
        res.writeHead(302).end();
        return;
    }
    if (kind === "stream") {
      let left = Number(name);
      res.writeHead(200, { "content-type": "video/mp4" }); // chunked: no Content-Length
      const chunk = Buffer.alloc(16 * 1024, 1);
      const pump = () => {
        while (left > 0) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          if (!res.write(piece)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
      res.on("error", () => undefined);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the stalling routes keep sockets open
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
