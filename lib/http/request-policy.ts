/**
 * Pure request checks for proxy.ts: which Host values this app answers for, whether a mutating request comes
 * from this app's own pages, and the request shapes that must get a 4xx before any route code runs.
 * No Next imports, so the rules are unit-tested without a server.
 */

const localNames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** "Example.COM:443" → { name: "example.com", port: "443" }; undefined when it is not a plausible Host value. */
export function parseHost(value: string | null): { name: string; port: string } | undefined {
  if (!value || value.length > 300) return undefined;
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (!match?.[1]) return undefined;
  return { name: match[1].toLowerCase().replace(/\.$/, ""), port: match[2] ?? "" };
}

export type HostPolicy = { publicHost: string; publicPort: string };

/** From PUBLIC_BASE_URL; localhost:$PORT when it is not set, like lib/config/parse-env. */
export function hostPolicy(publicBaseUrl: string | undefined, port: string | undefined): HostPolicy {
  let base: URL;
  try {
    base = new URL(publicBaseUrl?.trim() || `http://localhost:${port || "3000"}`);
  } catch {
    base = new URL(`http://localhost:${port || "3000"}`);
  }
  return {
    publicHost: base.hostname.toLowerCase(),
    publicPort: base.port || (base.protocol === "https:" ? "443" : "80"),
  };
}

/**
 * The public host (on its port, or with no port as a reverse proxy sends it) or a loopback name on any port
 * for local use. A DNS-rebinding page always arrives with its own name in Host, so it never matches.
 */
export function isAllowedHost(value: string | null, policy: HostPolicy): boolean {
  const host = parseHost(value);
  if (!host) return false;
  if (localNames.has(host.name)) return true;
  return host.name === policy.publicHost && (host.port === "" || host.port === policy.publicPort);
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function isMutating(method: string): boolean {
  return !safeMethods.has(method.toUpperCase());
}

/**
 * A mutating request must come from a page of this app: its Origin names the same host the request was sent
 * to. Browsers send Origin on every cross-origin POST (and Chromium/Firefox on same-origin POSTs too); without
 * one, Sec-Fetch-Site still tells a cross-site browser request apart. A request with neither is not from a
 * browser page, so it cannot be a cross-site forgery.
 */
export function isSameOriginWrite(headers: {
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
}): boolean {
  if (headers.origin !== null) {
    if (headers.origin === "null") return false;
    let origin: URL;
    try {
      origin = new URL(headers.origin);
    } catch {
      return false;
    }
    const host = parseHost(headers.host);
    const from = parseHost(origin.host);
    return host !== undefined && from !== undefined && host.name === from.name && host.port === from.port;
  }
  const site = headers.secFetchSite?.toLowerCase();
  return site === undefined || site === "same-origin" || site === "none";
}

/** Percent-encoding that decodes (a bad sequence makes the router throw a 500 further in). */
export function hasValidEncoding(rawPathAndQuery: string): boolean {
  try {
    decodeURIComponent(rawPathAndQuery);
    return true;
  } catch {
    return false;
  }
}
