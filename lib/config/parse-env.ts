import path from "node:path";
import { z } from "zod";

/**
 * Pure parsing of the app's configuration (shared by lib/env.ts and the start script). The API key and base URL live here only.
 * Without APIMART_API_KEY the app talks to the built-in simulator, so a fresh machine works with no key.
 */
export const SIMULATOR_KEY = "sk-o1studio-simulator";
export const REAL_API_BASE_URL = "https://api.apimart.ai";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const port = z.coerce.number().int().min(1).max(65535);
const milliseconds = z.coerce.number().int().min(0).max(3_600_000);
const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

const schema = z.object({
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
  };
}
