import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createApimartClient } from "@/lib/apimart";
import { openDatabase } from "@/lib/db/open-database";
import { type Env, env } from "@/lib/env";
import type { LifecycleDeps } from "@/lib/generations/deps";
import { type StatusSources, statusSources } from "@/lib/generations/studio-status";
import { makePoster } from "@/lib/media/poster";
import { resultDownloader } from "@/lib/media/result-download";
import { localMediaStorage } from "@/lib/storage/local-storage";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { s3MediaStorage } from "@/lib/storage/s3-storage";
import { validateReferenceVideo } from "@/lib/video/validate";

/** The running app: everything `lib/generations` takes, plus the configuration and the header's cached sources. */
export type AppContext = LifecycleDeps & { config: Env; status: StatusSources };

/**
 * The composition root: the one place that reads the configuration and builds the real database, APIMart
 * client, media store, downloader and clock. Route handlers, actions and the background sweep take it from here
 * and pass it down.
 */
/**
 * The media store: a bucket when S3_BUCKET is set (tools still get local scratch files in DATA_DIR/scratch, which
 * nothing serves from), else the folder DATA_DIR/media.
 */
function mediaStorage(config: Env): MediaStorage {
  if (config.scale.s3) return s3MediaStorage({ ...config.scale.s3, scratchRoot: path.join(config.dataDir, "scratch") });
  return localMediaStorage({ root: path.join(config.dataDir, "media"), publicBaseUrl: config.publicBaseUrl });
}

function build(): AppContext {
  const config = env();
  const storage = mediaStorage(config);
  const upstream = createApimartClient({
    baseUrl: config.apiBaseUrl,
    apiKey: config.apiKey,
    timeoutMs: { submit: config.lifecycle.submitTimeoutMs },
  });
  const clock = { now: () => Date.now() };
  const deps: LifecycleDeps = {
    db: openDatabase({ databaseUrl: config.scale.databaseUrl, dataDir: config.dataDir }),
    upstream,
    clock,
    storage,
    downloadResult: resultDownloader(config.apiBaseUrl),
    makePoster,
    validateVideo: (url, referType) => validateReferenceVideo(url, { referType }),
    settings: {
      ...config.lifecycle,
      poll: config.poll,
      stallAfterMs: config.stallAfterMs,
      maxVideoBytes: config.maxVideoBytes,
      publicBaseUrl: config.publicBaseUrl,
      usingSimulator: config.usingSimulator,
      capabilities: config.capabilities,
    },
    instanceId: `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`,
  };
  return { ...deps, config, status: statusSources(deps) };
}

/**
 * One context per bundle, deliberately not shared through globalThis: Next bundles the server code more than once
 * (instrumentation, route handlers, actions), each with its own copy of the error classes, and an error thrown by
 * another bundle's client would fail every `instanceof AppError` here. Nothing needs sharing: the database is the
 * one source of truth, and leases keep the bundles (like separate instances) from doing the same work twice.
 */
let context: AppContext | undefined;

export function appContext(): AppContext {
  context ??= build();
  return context;
}
