import "server-only";
import dns from "node:dns";
import net from "node:net";
import { AppError } from "@/lib/errors";

/**
 * The server downloads creator-supplied video URLs, so a URL must never make it talk to itself or to the
 * private network it sits in (SSRF). Every address a hostname resolves to must be public.
 */

/** Resolves a hostname to all of its addresses. Injectable so tests can fake DNS answers. */
export type HostLookup = (hostname: string) => Promise<string[]>;

export type PublicUrlOptions = {
  /**
   * Hosts accepted without the address check: the app's own public host, or the local simulator in tests.
   * Entries are hostnames ("media.example.com"), host:port ("127.0.0.1:4010", then only that port) or
   * origins ("https://media.example.com").
   */
  allowHosts?: readonly string[];
  lookup?: HostLookup;
  /** Gives up waiting for DNS when this aborts (the caller's overall download timeout). */
  signal?: AbortSignal;
  /** "redirect" words messages for a Location header rather than the link the creator typed. */
  via?: "link" | "redirect";
};

// Ranges that never reach a public host. IPv4 rules also match IPv4-mapped IPv6 (::ffff:a.b.c.d) in Node's
// BlockList, so "::ffff:127.0.0.1" is refused by the 127/8 rule.
const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches localhost on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, includes cloud metadata 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, includes broadcast 255.255.255.255
] as const) {
  blocked.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 96], // unspecified ::, loopback ::1 and deprecated IPv4-compatible ::a.b.c.d
  ["100::", 64], // discard-only
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // deprecated site-local
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(prefix, bits, "ipv6");
}

/** True only for a syntactically valid IP address outside every private, local and reserved range. */
export function isPublicAddress(ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets and zone ids ("fe80::1%eth0")
  const family = net.isIP(address);
  if (family === 0) return false;
  return !blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Throws an AppError("invalid_request" | "network" | "timeout") unless `url` is http(s) on a public host. */
export async function assertPublicHttpUrl(url: string, options: PublicUrlOptions = {}): Promise<URL> {
  const text = messages(options.via ?? "link");
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppError("invalid_request", text.invalid);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new AppError("invalid_request", text.protocol, { detail: `protocol ${parsed.protocol}` });
  }
  // fetch refuses credentials in URLs anyway; saying so is clearer than a generic network error.
  if (parsed.username || parsed.password) throw new AppError("invalid_request", text.credentials);

  if (isAllowedHost(parsed, options.allowHosts ?? [])) return parsed;

  const host = bareHost(parsed.hostname);
  const addresses = net.isIP(host) ? [host] : await resolve(host, options, text);
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused !== undefined || addresses.length === 0) {
    throw new AppError("invalid_request", text.private, { detail: `${host} -> ${addresses.join(", ")}` });
  }
  return parsed;
}

function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  const host = bareHost(url.hostname);
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowHosts.some((entry) => {
    let allowed: URL;
    try {
      allowed = new URL(entry.includes("://") ? entry : `http://${entry}`);
    } catch {
      return false;
    }
    return bareHost(allowed.hostname) === host && (allowed.port === "" || allowed.port === port);
  });
}

/** Lower-case, without IPv6 brackets or the trailing root dot, so "Example.com." matches "example.com". */
function bareHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
}

const defaultLookup: HostLookup = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

async function resolve(host: string, options: PublicUrlOptions, text: Messages): Promise<string[]> {
  const lookup = options.lookup ?? defaultLookup;
  try {
    return await abortable(lookup(host), options.signal);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    const code = (cause as { code?: unknown } | null)?.code;
    // A name that does not exist will not start existing on retry; anything else may be a DNS hiccup.
    if (code === "ENOTFOUND" || code === "ENODATA") {
      throw new AppError("invalid_request", text.notFound(host), { cause, detail: String(cause) });
    }
    throw new AppError("network", text.dns(host), { cause, detail: String(cause) });
  }
}

/** DNS cannot be cancelled, but the caller can stop waiting for it. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolvePromise, reject) => {
    const onAbort = () => reject(new AppError("timeout", "Looking up the video host took too long. Try again."));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolvePromise, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

type Messages = ReturnType<typeof messages>;

function messages(via: "link" | "redirect") {
  const subject = via === "link" ? "That address" : "The video URL redirects to an address that";
  return {
    invalid:
      via === "link"
        ? "That is not a valid URL; paste the full video link starting with https://."
        : "The video URL redirects to an invalid address.",
    protocol:
      via === "link"
        ? "Only http:// and https:// video URLs are supported."
        : "The video URL redirects to an address that is not http:// or https://.",
    credentials: "Remove the user name and password from the video URL; the video must be public.",
    private: `${subject} points inside a private network; use a public video URL.`,
    notFound: (host: string) => `The host ${host} could not be found; check the video URL.`,
    dns: (host: string) => `Could not look up the host ${host}. Try again in a moment.`,
  };
}
