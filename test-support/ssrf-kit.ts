/**
 * SSRF test kit: a canary listener that counts every connection it gets, the list of URLs that must never
 * reach it, and fakes for DNS. Everything listens on loopback only; nothing here ever dials anything else.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Canary = { port: number; hits: () => number; close: () => Promise<void> };

async function listen(server: http.Server, host: string, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/** Counts TCP connections (not just requests), so even a refused-looking probe would be seen. */
export async function startCanary(): Promise<Canary> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "video/mp4" });
    res.end("SECRET-INTERNAL-ANSWER");
  });
  server.on("connection", () => {
    hits += 1;
  });
  const port = await listen(server, "127.0.0.1");
  return {
    port,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Stands in for a public host on another loopback address with the canary's port: a guard that pins the
 * checked address lands here, one that resolves again lands on the canary.
 */
export async function startStandIn(
  port: number,
  body: Buffer,
): Promise<{ requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.headers.host}${req.url}`);
    res.writeHead(200, { "content-type": "video/mp4", "content-length": body.length });
    res.end(body);
  });
  await listen(server, "127.0.0.2", port);
  return { requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A documentation-free public address that the fake resolvers hand out; it is never dialled (see dialForTest). */
export const FAKE_PUBLIC = "93.184.216.34";

/**
 * Every URL form that must not reach a service on this machine: numeric and short IPv4 spellings, IPv6
 * loopback, IPv4-mapped, SIIT, NAT64 (well-known and local-use), 6to4, IPv4-compatible, and names that resolve
 * to loopback through the fake resolver.
 */
export function ssrfUrls(port: number): string[] {
  const p = port;
  return [
    `http://127.0.0.1:${p}/`,
    `http://127.0.0.1.:${p}/`,
    `http://127.5.6.7:${p}/`,
    `http://localhost:${p}/`,
    `http://LOCALHOST:${p}/`,
    `http://localhost.:${p}/`,
    `http://0x7f000001:${p}/`,
    `http://2130706433:${p}/`,
    `http://0177.0.0.1:${p}/`,
    `http://0177.1:${p}/`,
    `http://0x7f.1:${p}/`,
    `http://017700000001:${p}/`,
    `http://127.1:${p}/`,
    `http://127.0.1:${p}/`,
    `http://0:${p}/`,
    `http://0.0.0.0:${p}/`,
    `http://[::]:${p}/`,
    `http://[::1]:${p}/`,
    `http://[0:0:0:0:0:0:0:1]:${p}/`,
    `http://[::ffff:127.0.0.1]:${p}/`,
    `http://[::ffff:7f00:1]:${p}/`,
    `http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/`,
    `http://[::ffff:0:127.0.0.1]:${p}/`,
    `http://[::127.0.0.1]:${p}/`,
    `http://[64:ff9b::127.0.0.1]:${p}/`,
    `http://[64:ff9b::7f00:1]:${p}/`,
    `http://[64:ff9b:1::7f00:1]:${p}/`,
    `http://[64:ff9b:1:7f00:1::]:${p}/`,
    `http://[2002:7f00:1::]:${p}/`,
    `http://[2002:7f00:1::1]:${p}/`,
    `http://[fe80::1]:${p}/`,
    `http://[fc00::1]:${p}/`,
    `http://169.254.169.254:${p}/latest/meta-data/`,
    `http://10.0.0.1:${p}/`,
    `http://192.168.0.1:${p}/`,
    `http://172.16.0.1:${p}/`,
    `http://100.64.0.1:${p}/`,
    `http://198.18.0.1:${p}/`,
    `http://224.0.0.1:${p}/`,
    `http://255.255.255.255:${p}/`,
    `http://internal.test:${p}/`,
    `http://mixed.test:${p}/`,
    `http://v6-loopback.test:${p}/`,
    `http://nat64.test:${p}/`,
    `https://127.0.0.1:${p}/`,
    `https://internal.test:${p}/`,
    `http://user:pass@127.0.0.1:${p}/`,
    `http://public.test:${p}@127.0.0.1:${p}/`,
    `http://127.0.0.1:${p}#@public.test/`,
  ];
}

/** Fake DNS: public.test is public, the rest point at loopback in one way or another. */
export function fakeResolver(extra: Record<string, string[]> = {}) {
  const table: Record<string, string[]> = {
    "public.test": [FAKE_PUBLIC],
    "internal.test": ["127.0.0.1"],
    "mixed.test": [FAKE_PUBLIC, "127.0.0.1"],
    "v6-loopback.test": ["::1"],
    "nat64.test": ["64:ff9b::7f00:1"],
    localhost: ["127.0.0.1", "::1"],
    ...extra,
  };
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    const answers = table[host.toLowerCase()];
    if (!answers) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}

/** Answers public the first time and loopback after that: a DNS rebinding between check and connect. */
export function rebindingResolver() {
  let calls = 0;
  return Object.assign(
    async (_host: string) => {
      calls += 1;
      return [{ address: calls === 1 ? FAKE_PUBLIC : "127.0.0.1", family: 4 }];
    },
    { calls: () => calls },
  );
}

/**
 * Where the guard dials: the fake public address goes to the stand-in (127.0.0.2), and anything else that got
 * past the check goes to the canary, so a bug shows up as a canary hit and never as traffic off this machine.
 */
export function dialForTest(checked: { address: string; family: 4 | 6 }): { address: string; family: 4 | 6 } {
  return checked.address === FAKE_PUBLIC ? { address: "127.0.0.2", family: 4 } : { address: "127.0.0.1", family: 4 };
}
