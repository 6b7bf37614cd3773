import ipaddr from "ipaddr.js";

/**
 * Classifies an IP address for the server-side fetchers: only addresses that reach the public internet count.
 * Pure (no DNS, no server-only) so the browser-free unit tests and the guard share it.
 */
export type ClassifiedAddress =
  | { ok: true; address: string; family: 4 | 6 }
  | { ok: false; reason: string; address?: string };

/** Zone ids and brackets are stripped ("[fe80::1%eth0]" → "fe80::1"). */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
}

/**
 * Every numeric IPv4 spelling the WHATWG URL parser and inet_aton accept: "0x7f000001", "2130706433",
 * "0177.0.0.1", "127.1". ipaddr.js parses these the same way; this only refuses what it would misread.
 */
function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const value = bare(text);
  if (value === "" || /\s/.test(value)) return undefined;
  try {
    if (ipaddr.IPv6.isValid(value)) return ipaddr.IPv6.parse(value);
    if (ipaddr.IPv4.isValid(value)) return ipaddr.IPv4.parse(value);
  } catch {
    return undefined;
  }
  return undefined;
}

export function isIpLiteral(text: string): boolean {
  return parseIp(text) !== undefined;
}

/** Ranges outside ipaddr.js's list that still never reach a public host. */
const extraV4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network": 0.0.0.0 reaches localhost on Linux
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.88.99.0", 24], // deprecated 6to4 relay anycast
  ["198.18.0.0", 15], // benchmarking
];

function v4Public(address: ipaddr.IPv4): boolean {
  if (address.range() !== "unicast") return false;
  return !extraV4.some(([prefix, bits]) => address.match(ipaddr.IPv4.parse(prefix), bits));
}

const nat64Local = ipaddr.IPv6.parse("64:ff9b:1::");
const nat64WellKnown = ipaddr.IPv6.parse("64:ff9b::");
const sixToFour = ipaddr.IPv6.parse("2002::");
const globalUnicast = ipaddr.IPv6.parse("2000::");

/** The IPv4 address an IPv6 form carries, when it is one of the translation or tunnelling forms. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const bytes = address.toByteArray();
  const from = (offset: number) => new ipaddr.IPv4(bytes.slice(offset, offset + 4));
  if (address.isIPv4MappedAddress()) return address.toIPv4Address(); // ::ffff:a.b.c.d
  if (address.range() === "rfc6145") return from(12); // ::ffff:0:a.b.c.d (SIIT)
  if (address.match(nat64WellKnown, 96)) return from(12); // 64:ff9b::a.b.c.d
  if (address.match(sixToFour, 16)) return from(2); // 2002:AABB:CCDD::/48
  return undefined;
}

function v6Public(address: ipaddr.IPv6): { ok: boolean; reason: string } {
  // Local-use NAT64 (RFC 8215) can point anywhere inside the operator's network; there is no public reading of it.
  if (address.match(nat64Local, 48)) return { ok: false, reason: "local-use NAT64" };
  const inner = embeddedV4(address);
  if (inner) return v4Public(inner) ? { ok: true, reason: "" } : { ok: false, reason: `embeds ${inner}` };
  const range = address.range();
  if (range !== "unicast") return { ok: false, reason: range };
  // Everything public is in 2000::/3; the rest is unassigned, reserved or special (Teredo, ORCHID are inside
  // it but have their own range names above).
  if (!address.match(globalUnicast, 3)) return { ok: false, reason: "not global unicast" };
  return { ok: true, reason: "" };
}

/** The canonical address (what gets connected to) when `text` is a public IP; otherwise why not. */
export function classifyAddress(text: string): ClassifiedAddress {
  const parsed = parseIp(text);
  if (!parsed) return { ok: false, reason: "not an IP address" };
  const address = parsed.toString();
  if (parsed.kind() === "ipv4") {
    const v4 = parsed as ipaddr.IPv4;
    return v4Public(v4) ? { ok: true, address, family: 4 } : { ok: false, reason: v4.range(), address };
  }
  const verdict = v6Public(parsed as ipaddr.IPv6);
  return verdict.ok ? { ok: true, address, family: 6 } : { ok: false, reason: verdict.reason, address };
}

export function isPublicAddress(text: string): boolean {
  return classifyAddress(text).ok;
}

/** Canonical text for an IP literal ("0x7f000001" → "127.0.0.1"), or undefined when it is not one. */
export function canonicalIp(text: string): string | undefined {
  return parseIp(text)?.toString();
}
