import { canonicalIp } from "./ip-address";

/**
 * `host:port` pairs a server-side fetch may reach although they are not public (the local simulator). A pair,
 * never a bare host: allowing "127.0.0.1" would open every port of the machine.
 */
export type AllowList = ReadonlySet<string>;

/** "LocalHost.:4010" → "localhost:4010", "[::1]:80" → "[::1]:80", "0x7f000001:1" → "127.0.0.1:1". */
function normalHost(host: string): string {
  const bare = host
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  const ip = canonicalIp(bare) ?? bare;
  return ip.includes(":") ? `[${ip}]` : ip;
}

export function defaultPort(protocol: string): string {
  return protocol === "https:" ? "443" : "80";
}

/** The allow-list key of a URL: its host and effective port. */
export function hostPortOf(url: URL): string {
  return `${normalHost(url.hostname)}:${url.port || defaultPort(url.protocol)}`;
}

/** Parses one entry; undefined when it is not exactly host:port (a scheme or path is refused too). */
export function parseAllowEntry(entry: string): string | undefined {
  const text = entry.trim();
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return undefined;
  return `${normalHost(match[1])}:${port}`;
}

export class AllowListError extends Error {}

/** Parses a comma- or space-separated list ("127.0.0.1:4010, media.local:8080"); throws naming a bad entry. */
export function parseAllowList(text: string | undefined): string[] {
  const entries = (text ?? "").split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    const parsed = parseAllowEntry(entry);
    if (!parsed) throw new AllowListError(`"${entry}" is not a host:port pair`);
    return parsed;
  });
}

const loopbackNames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The simulator answers on a loopback address; its files may come back under another loopback name of the
 * same listener (a result "on another host"), so each loopback spelling of that one port is allowed.
 */
export function simulatorEntries(apiBaseUrl: string): string[] {
  const api = new URL(apiBaseUrl);
  const own = hostPortOf(api);
  const [host] = own.split(/:(?=\d+$)/);
  if (!host || !loopbackNames.has(host)) return [own];
  const port = api.port || defaultPort(api.protocol);
  return [...loopbackNames].map((name) => `${name}:${port}`);
}
