import { rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Balance } from "./balance";
import type { SimContext } from "./context";
import { handleControl } from "./control";
import { internalError } from "./errors";
import { FaultQueue } from "./faults";
import { createDataDirs, dataPaths, FileStore } from "./file-store";
import { sendJson } from "./http";
import { IdempotencyStore } from "./idempotency";
import { localResolver, ownOrigins } from "./own-urls";
import { needsRender, runRenderJob } from "./render-job";
import { RenderQueue } from "./render-queue";
import { RequestLog } from "./request-log";
import { handleFileRequest, handleMirrorRequest } from "./result-serving";
import { TaskStore } from "./tasks";
import { handleV1 } from "./v1";
import { defaultVariants } from "./variants";

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
  /** Balance at start in USD (default 100; -1 = unlimited). Spending restarts from here on every start. */
  balanceUsd?: number;
  /** Port of the mirror listener that redirected result files end on; 0 (default) picks a free one. */
  mirrorPort?: number;
  log?: (line: string) => void;
}

export interface RunningSimulator {
  url: string;
  /** The mirror listener under the host name `localhost` (a different host name for the same files). */
  mirrorUrl: string;
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
  const files = new FileStore(paths, store, options.ffmpegPath);
  const closing = new AbortController();
  let publicBase = "";
  let mirrorOrigin = "";
  let origins = new Set<string>();

  const resolveLocal = localResolver(files, () => origins);

  const renders = new RenderQueue(
    options.renderConcurrency ?? 1,
    (id, signal) =>
      runRenderJob(
        id,
        {
          store,
          workRoot: paths.work,
          videosDir: paths.videos,
          resolveLocal,
          log,
          ffmpeg: options.ffmpegPath,
          badInputs: () => ctx.variants.bad_inputs,
        },
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
    balance: new Balance(store, options.balanceUsd),
    variants: defaultVariants,
    closing: closing.signal,
    fileUrl: (kind, name) => `${publicBase}/f/${kind}/${encodeURIComponent(name)}`,
    publicUrl: () => publicBase,
    mirrorOrigin: () => mirrorOrigin,
    log,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    if (url.pathname.startsWith("/v1/")) return handleV1(ctx, req, res, url);
    if (url.pathname.startsWith("/__sim/")) return handleControl(ctx, req, res, url);
    if (await handleFileRequest(ctx, req, res, url.pathname)) return;
    req.resume();
    sendJson(res, 404, {
      error: { message: `Invalid URL (${req.method ?? "GET"} ${url.pathname})`, type: "invalid_request_error" },
    });
  };

  const serve = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    createServer((req, res) => {
      handler(req, res).catch((error: unknown) => {
        log(
          `simulator: ${req.method ?? "?"} ${req.url ?? "?"} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent) sendJson(res, 500, internalError);
        else res.destroy();
      });
    }).on("clientError", (_error, socket) => socket.destroy());

  const server = serve(handle);
  const port = await listen(server, options.port, host);
  const url = baseUrl(host, port);
  publicBase = (options.publicUrl ?? url).replace(/\/+$/, "");

  // The mirror answers on 127.0.0.1 and (where it exists) ::1, so `localhost` reaches it either way.
  const mirror = serve((req, res) => handleMirrorRequest(ctx, req, res));
  const mirrors = [mirror];
  const mirrorPort = await listen(mirror, options.mirrorPort ?? 0, host).catch(async (error: unknown) => {
    await stop(server);
    throw error;
  });
  if (host === "127.0.0.1") {
    const v6 = serve((req, res) => handleMirrorRequest(ctx, req, res));
    const listening = await listen(v6, mirrorPort, "::1").then(
      () => true,
      () => false,
    );
    if (listening) mirrors.push(v6);
  }
  mirrorOrigin = `http://localhost:${mirrorPort}`;
  origins = ownOrigins(url, publicBase);
  for (const alias of ["127.0.0.1", "localhost", "[::1]"]) origins.add(`http://${alias}:${mirrorPort}`);

  for (const task of store.all()) {
    if (await needsRender(task, paths.videos)) renders.enqueue(task.id);
  }

  let closed: Promise<void> | null = null;
  return {
    url,
    mirrorUrl: mirrorOrigin,
    close: () => {
      closed ??= (async () => {
        closing.abort();
        await renders.cancelAll();
        await Promise.all([server, ...mirrors].map(stop));
      })();
      return closed;
    },
  };
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function stop(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
