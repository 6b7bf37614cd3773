import path from "node:path";
import { z } from "zod";
import { type Capabilities, capabilitiesWith } from "@/lib/generations/capabilities";
import { type ScaleEnv, scaleEnvFrom, scaleEnvSchema } from "./scale-env";

/**
 * Pure parsing of the app's configuration (shared by lib/env.ts and the start script). The API key and base URL live here only.
 * Without APIMART_API_KEY the app talks to the built-in simulator, so a fresh machine works with no key.
 */
export const SIMULATOR_KEY = "sk-o1studio-simulator";
export const REAL_API_BASE_URL = "https://api.apimart.ai";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const port = z.coerce.number().int().min(1).max(65535);
const milliseconds = z.coerce.number().int().min(0).max(3_600_000);
const positiveMs = z.coerce.number().int().min(100).max(3_600_000);
const count = (max: number) => z.coerce.number().int().min(0).max(max);
const optional = <T extends z.ZodType>(type: T) => z.preprocess(emptyToUndefined, type.optional());
const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

const schema = scaleEnvSchema.extend({
  APIMART_API_KEY: z.preprocess(emptyToUndefined, z.string().min(8, "must be at least 8 characters").optional()),
  APIMART_BASE_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  SIMULATOR_PORT: z.preprocess(emptyToUndefined, port.default(4010)),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
  PORT: z.preprocess(emptyToUndefined, port.default(3000)),
  PUBLIC_BASE_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  POLL_INITIAL_DELAY_MS: z.preprocess(emptyToUndefined, milliseconds.default(10_000)),
  POLL_MIN_INTERVAL_MS: z.preprocess(emptyToUndefined, milliseconds.default(3_000)),
  POLL_MAX_INTERVAL_MS: z.preprocess(emptyToUndefined, milliseconds.default(15_000)),
  /** Overrides when a running task counts as "still running upstream" (tests; default: from its estimate). */
  STALL_AFTER_MS: z.preprocess(emptyToUndefined, milliseconds.optional()),
  /** How long one submit waits for APIMart before it counts as unanswered (APIMart's own client: 45 s). */
  SUBMIT_TIMEOUT_MS: z.preprocess(emptyToUndefined, positiveMs.default(45_000)),
  /** How long a worker's claim on a generation lasts without renewal (a dead instance's work resumes after it). */
  LEASE_MS: z.preprocess(emptyToUndefined, positiveMs.default(30_000)),
  /** "Task not found" answers for this long make a task `lost`. */
  LOST_AFTER_MS: z.preprocess(emptyToUndefined, milliseconds.default(60_000)),
  /** While APIMart refuses the key (401/403), one check this often; everything else waits. */
  AUTH_RECHECK_MS: z.preprocess(emptyToUndefined, positiveMs.default(60_000)),
  RESULT_COPY_TIMEOUT_MS: z.preprocess(emptyToUndefined, positiveMs.default(120_000)),
  POLL_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(64).default(4)),
  COPY_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(16).default(2)),
  /** Images, reference videos and posters nothing uses are deleted after this many hours. */
  UNUSED_MEDIA_GRACE_HOURS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .min(0)
      .max(24 * 365)
      .default(168),
  ),
  MAX_IMAGES: optional(count(50)),
  MAX_IMAGES_WITH_VIDEO: optional(count(50)),
  MAX_IMAGES_WITH_FEATURE_VIDEO: optional(count(50)),
  PROMPT_LIMIT: optional(z.coerce.number().int().min(1).max(100_000)),
  MIN_IMAGE_SIDE_PX: optional(z.coerce.number().int().min(1).max(10_000)),
  MAX_IMAGE_ASPECT: optional(z.coerce.number().min(1).max(100)),
  MAX_IMAGE_BYTES: optional(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(20 * 1024 * 1024),
  ),
  MAX_VIDEO_BYTES: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .positive()
      .default(512 * 1024 * 1024),
  ),
});

export type Env = {
  apiKey: string;
  apiBaseUrl: string;
  usingSimulator: boolean;
  simulatorPort: number;
  dataDir: string;
  port: number;
  publicBaseUrl: string;
  poll: PollTiming;
  maxVideoBytes: number;
  stallAfterMs?: number;
  lifecycle: LifecycleTiming;
  capabilities: Capabilities;
  /** Postgres and S3 instead of the SQLite file and the media folder, when set. */
  scale: ScaleEnv;
};

/** Timings and bounds of the generation lifecycle (lib/generations). */
export type LifecycleTiming = {
  submitTimeoutMs: number;
  leaseMs: number;
  lostAfterMs: number;
  authRecheckMs: number;
  copyTimeoutMs: number;
  pollConcurrency: number;
  copyConcurrency: number;
  unusedMediaGraceMs: number;
};

export type PollTiming = { initialDelayMs: number; minIntervalMs: number; maxIntervalMs: number };

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const value = parsed.data;
  const usingSimulator = value.APIMART_API_KEY === undefined;
  return {
    apiKey: value.APIMART_API_KEY ?? SIMULATOR_KEY,
    apiBaseUrl:
      value.APIMART_BASE_URL ?? (usingSimulator ? `http://127.0.0.1:${value.SIMULATOR_PORT}` : REAL_API_BASE_URL),
    usingSimulator,
    simulatorPort: value.SIMULATOR_PORT,
    dataDir: path.resolve(value.DATA_DIR),
    port: value.PORT,
    publicBaseUrl: value.PUBLIC_BASE_URL ?? `http://localhost:${value.PORT}`,
    poll: {
      initialDelayMs: value.POLL_INITIAL_DELAY_MS,
      minIntervalMs: value.POLL_MIN_INTERVAL_MS,
      maxIntervalMs: Math.max(value.POLL_MAX_INTERVAL_MS, value.POLL_MIN_INTERVAL_MS),
    },
    maxVideoBytes: value.MAX_VIDEO_BYTES,
    stallAfterMs: value.STALL_AFTER_MS,
    lifecycle: {
      submitTimeoutMs: value.SUBMIT_TIMEOUT_MS,
      leaseMs: value.LEASE_MS,
      lostAfterMs: value.LOST_AFTER_MS,
      authRecheckMs: value.AUTH_RECHECK_MS,
      copyTimeoutMs: value.RESULT_COPY_TIMEOUT_MS,
      pollConcurrency: value.POLL_CONCURRENCY,
      copyConcurrency: value.COPY_CONCURRENCY,
      unusedMediaGraceMs: Math.round(value.UNUSED_MEDIA_GRACE_HOURS * 3_600_000),
    },
    capabilities: capabilitiesWith(value),
    scale: scaleEnvFrom(value),
  };
}
