import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { type AllowList, hostPortOf } from "./allow-list";
import { isIpLiteral } from "./ip-address";
import { type ResolvedAddress, type Resolver, resolvePinned, systemResolver } from "./resolve-host";
import { UrlRefused } from "./url-refused";

export type GuardPolicy = {
  allowList: AllowList;
  /** Schemes accepted for hosts that are not allow-listed (result copies: https only). */
  publicProtocols: ReadonlyArray<"http:" | "https:">;
  maxRedirects: number;
  resolver?: Resolver;
  /**
   * Tests only: where a checked address is really dialled, so a test can stand in for a public host on
   * loopback. Production code never sets it; the check has already run on the address it receives.
   */
  dialForTest?: (checked: ResolvedAddress) => ResolvedAddress;
};

export type GuardedResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  /** Where the response came from after redirects. */
  url: URL;
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function checkUrl(text: string, policy: GuardPolicy, hop: number): { url: URL; allowed: boolean } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new UrlRefused("invalid_url", hop, "", "unparsable URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UrlRefused("protocol", hop, url.hostname, `protocol ${url.protocol}`);
  }
  if (url.username || url.password) throw new UrlRefused("credentials", hop, url.hostname, "credentials in URL");
  const allowed = policy.allowList.has(hostPortOf(url));
  if (!allowed && !policy.publicProtocols.includes(url.protocol)) {
    throw new UrlRefused("protocol", hop, url.hostname, `protocol ${url.protocol} for a public host`);
  }
  return { url, allowed };
}

/**
 * Node's net calls `lookup` with `all: true` when autoSelectFamily (Happy Eyeballs, on by default since Node 20)
 * is active and with the classic (address, family) callback otherwise; answering both keeps the pin in place on
 * every code path. The hostname argument is ignored on purpose: only the checked address is ever returned.
 */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
    if (all) {
      (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [pinned]);
    } else {
      callback(null, pinned.address, pinned.family);
    }
  };
}

function send(url: URL, pinned: ResolvedAddress, headers: Record<string, string>, signal?: AbortSignal) {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIpLiteral(hostname);
  const options: https.RequestOptions = {
    method: "GET",
    protocol: url.protocol,
    // Connect to the pinned address; the URL's name still goes in Host and (for https) SNI and the certificate
    // check, so TLS verifies the host the creator named, not the address.
    host: literal ? pinned.address : hostname,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: { ...headers, host: url.host },
    lookup: pinnedLookup(pinned),
    agent: false, // no pooled socket from another host or an earlier pin
    signal,
    ...(url.protocol === "https:" && !literal ? { servername: hostname } : {}),
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = transport.request(options, resolve);
    request.on("error", reject);
    request.end();
  });
}

/**
 * GET with redirects followed by hand (at most `maxRedirects`), every hop re-checked: http(s) only, no
 * credentials, the host allow-listed or resolving to public addresses only, and the connection made to
 * exactly the address that was checked. The caller reads (and must consume or destroy) `body`.
 */
export async function guardedGet(
  target: string,
  policy: GuardPolicy,
  options: { signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<GuardedResponse> {
  const resolver = policy.resolver ?? systemResolver;
  let current = target;
  for (let hop = 0; ; hop++) {
    const { url, allowed } = checkUrl(current, policy, hop);
    const checked = await resolvePinned(url.hostname, { hop, allowed, resolver, signal: options.signal });
    const pinned = policy.dialForTest ? policy.dialForTest(checked) : checked;
    let response: IncomingMessage;
    try {
      response = await send(url, pinned, options.headers ?? {}, options.signal);
    } catch (cause) {
      const reason = options.signal?.aborted ? "timeout" : "connect_failed";
      throw new UrlRefused(reason, hop, url.host, String(cause), { cause });
    }
    const status = response.statusCode ?? 0;
    if (!redirectStatuses.has(status)) return { status, headers: response.headers, body: response, url };
    response.destroy();
    const location = response.headers.location;
    if (!location) throw new UrlRefused("redirect_without_location", hop, url.hostname, `${status} without Location`);
    if (hop >= policy.maxRedirects) {
      throw new UrlRefused("too_many_redirects", hop + 1, url.hostname, `more than ${policy.maxRedirects}`);
    }
    try {
      current = new URL(location, url).href;
    } catch {
      throw new UrlRefused("invalid_url", hop + 1, "", "unparsable Location");
    }
  }
}
