import { rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SimContext } from "./context";
import { handleControl } from "./control";
import { internalError } from "./errors";
import { FaultQueue } from "./faults";
import { createDataDirs, dataPaths, FileStore } from "./file-store";
import { serveStoredFile } from "./files";
import { sendJson } from "./http";
import { IdempotencyStore } from "./idempotency";
import { localResolver, ownOrigins, parseFilePath } from "./own-urls";
import { needsRender, runRenderJob } from "./render-job";
import { RenderQueue } from "./render-queue";
import { RequestLog } from "./request-log";
import { TaskStore } from "./tasks";
import { handleV1 } from "./v1";

export interface SimulatorOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  dataDir: string;
  /** Seconds from submit to `completed`. */
  taskSeconds: number;
  /** When set, only this Bearer key is accepted; otherwise any non-empty key. */
  apiKey?: string;
  /** Base of returned file URLs; defaults to the listening URL. */
  publicUrl?: string;
  /** ffmpeg jobs at once; default 1. */
  renderConcurrency?: number;
  /** ffmpeg executable (default `ffmpeg` from PATH). */
  ffmpegPath?: string;
  log?: (line: string) => void;
}

export interface RunningSimulator {
  url: string;
  close(): Promise<void>;
}

function baseUrl(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const paths = dataPaths(options.dataDir);
  await createDataDirs(paths);
  // Leftovers of an interrupted run are useless: renders restart from scratch.
  await rm(paths.work, { recursive: true, force: true });
  await rm(paths.incoming, { recursive: true, force: true });
  await createDataDirs(paths);

  const store = new TaskStore(paths.tasks, log);
  await store.load();
  const files = new FileStore(paths, store);
  const closing = new AbortController();
  let publicBase = "";
  let origins = new Set<string>();

  const resolveLocal = localResolver(files, () => origins);

  const renders = new RenderQueue(
    options.renderConcurrency ?? 1,
    (id, signal) =>
      runRenderJob(
        id,
        { store, workRoot: paths.work, videosDir: paths.videos, resolveLocal, log, ffmpeg: options.ffmpegPath },
        signal,
      ),
    log,
  );

  const ctx: SimContext = {
    apiKey: options.apiKey,
    taskMs: Math.round(options.taskSeconds * 1000),
    store,
    files,
    faults: new FaultQueue(),
    requests: new RequestLog(),
    idempotency: new IdempotencyStore(),
    renders,
    closing: closing.signal,
    fileUrl: (kind, name) => `${publicBase}/f/${kind}/${encodeURIComponent(name)}`,
    log,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    if (url.pathname.startsWith("/v1/")) return handleV1(ctx, req, res, url);
    if (url.pathname.startsWith("/__sim/")) return handleControl(ctx, req, res, url);
    const file = parseFilePath(url.pathname);
    if (file !== null) return serveStoredFile(files, req, res, file.kind, file.name);
    req.resume();
    sendJson(res, 404, {
      error: { message: `Invalid URL (${req.method ?? "GET"} ${url.pathname})`, type: "invalid_request_error" },
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(
        `simulator: ${req.method ?? "?"} ${req.url ?? "?"} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) sendJson(res, 500, internalError);
      else res.destroy();
    });
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = baseUrl(host, port);
  publicBase = (options.publicUrl ?? url).replace(/\/+$/, "");
  origins = ownOrigins(url, publicBase);

  for (const task of store.all()) {
    if (await needsRender(task, paths.videos)) renders.enqueue(task.id);
  }

  let closed: Promise<void> | null = null;
  return {
    url,
    close: () => {
      closed ??= (async () => {
        closing.abort();
        await renders.cancelAll();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closed;
    },
  };
}
