import "server-only";
import { type Env, parseEnv } from "@/lib/config/parse-env";

export type { Env } from "@/lib/config/parse-env";

let cached: Env | undefined;

/** The process's configuration; throws EnvError naming each bad variable. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
