import type { GenerationRequest } from "./types";
import { generationsUrl } from "./wire";

/** Where the app sends its submits, as the browser may know it: never the key. */
export type UpstreamTarget = {
  /** APIMart's base URL, or the local simulator's. */
  baseUrl: string;
  /** The simulator takes any non-empty key, so the command brings a stand-in when none is set. */
  usingSimulator: boolean;
};

/**
 * Any non-empty key passes the simulator. Deliberately not the app's own simulator key (nor shaped like a key):
 * the browser bundle carries this string, and a test makes sure it carries nothing key-like.
 */
export const SIMULATOR_STAND_IN_KEY = "any-key-works-with-the-simulator";

/**
 * Quotes a string for POSIX shells: inside single quotes nothing is special except the single quote itself, which
 * is written as `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The submit as a command that runs as shown in bash or sh: the same body, sent where the app sends it. The key
 * is always the shell variable `$APIMART_API_KEY`, in double quotes so the shell expands it; the command never
 * holds a secret. Against the simulator a stand-in key is set first when the variable is empty.
 */
export function toCurl(body: GenerationRequest, target: UpstreamTarget): string {
  const command = [
    `curl -sS -X POST ${shellQuote(generationsUrl(target.baseUrl))}`,
    `  -H "Authorization: Bearer $APIMART_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    // --data-raw, not -d: -d would read a file if the body ever started with "@".
    `  --data-raw ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join(" \\\n");
  if (!target.usingSimulator) return command;
  return `# O1 Studio's local APIMart simulator: any non-empty key works.\n: "\${APIMART_API_KEY:=${SIMULATOR_STAND_IN_KEY}}"\n${command}`;
}
