import "server-only";
import { env } from "@/lib/env";
import { type AllowList, parseAllowList, simulatorEntries } from "./allow-list";

/**
 * The app's allow-list for server-side fetches of URLs someone else chose: `FETCH_ALLOW_HOSTS` (host:port
 * pairs) plus, in simulator mode, the simulator's own port. Nothing else that is not public is reachable.
 */
export function fetchAllowList(): AllowList {
  const config = env();
  const entries = parseAllowList(process.env.FETCH_ALLOW_HOSTS);
  if (config.usingSimulator) entries.push(...simulatorEntries(config.apiBaseUrl));
  return new Set(entries);
}
