import { hostPortOf, parseAllowList, simulatorEntries } from "@/lib/net/allow-list";

/**
 * A cheap first look at a result URL before any download starts: https from any host, or plain http only for
 * the configured API's own host:port (the simulator) or a FETCH_ALLOW_HOSTS pair. The real check — public
 * addresses only, every redirect, the pinned address — happens in the guarded download (lib/media/download.ts).
 */
export function isAllowedMediaUrl(candidate: string, apiBaseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return true;
  if (url.protocol !== "http:") return false;
  let allowed: string[];
  try {
    allowed = [...simulatorEntries(apiBaseUrl), ...parseAllowList(process.env.FETCH_ALLOW_HOSTS)];
  } catch {
    return false;
  }
  return allowed.includes(hostPortOf(url));
}
