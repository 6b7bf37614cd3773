import { z } from "zod";
import type { SimulatorOptions } from "./server";

/** Unset and empty variables both mean "use the default". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

const numberText = (min: number, max: number, integer: boolean) =>
  z
    .string()
    .trim()
    .regex(integer ? /^\d+$/ : /^\d+(\.\d+)?$/, {
      error: `must be ${integer ? "an integer" : "a number"} between ${min} and ${max}`,
    })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const envSchema = z.object({
  SIMULATOR_PORT: optional(numberText(0, 65535, true)),
  SIMULATOR_HOST: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:-]+$/, { error: "must be a host name or IP address" }),
  ),
  SIMULATOR_DATA_DIR: optional(z.string()),
  SIMULATOR_TASK_SECONDS: optional(numberText(0, 3600, false)),
  SIMULATOR_MIRROR_PORT: optional(numberText(0, 65535, true)),
  SIMULATOR_BALANCE: optional(
    z
      .string()
      .trim()
      .regex(/^(-1|\d+(\.\d+)?)$/, { error: "must be a number of USD, or -1 for unlimited" })
      .transform(Number),
  ),
  SIMULATOR_API_KEY: optional(z.string().trim().min(1)),
  SIMULATOR_PUBLIC_URL: optional(
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
        error: "must be an http(s) URL",
      }),
  ),
});

export type EnvResult = { ok: true; options: SimulatorOptions } | { ok: false; message: string };

export function parseEnv(env: Record<string, string | undefined>): EnvResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        return `Invalid ${name} (${JSON.stringify(env[name] ?? "")}): ${issue.message}`;
      })
      .join("\n");
    return { ok: false, message };
  }
  const value = parsed.data;
  return {
    ok: true,
    options: {
      port: value.SIMULATOR_PORT ?? 4010,
      host: value.SIMULATOR_HOST ?? "127.0.0.1",
      dataDir: value.SIMULATOR_DATA_DIR ?? "./data/simulator",
      taskSeconds: value.SIMULATOR_TASK_SECONDS ?? 30,
      apiKey: value.SIMULATOR_API_KEY,
      publicUrl: value.SIMULATOR_PUBLIC_URL,
      mirrorPort: value.SIMULATOR_MIRROR_PORT ?? 0,
      balanceUsd: value.SIMULATOR_BALANCE ?? 100,
    },
  };
}
