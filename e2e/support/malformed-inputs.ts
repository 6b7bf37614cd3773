import fs from "node:fs";
import path from "node:path";
import type { RawRequest } from "./raw-request";

/**
 * Malformed requests for the security suite. Routes and actions are discovered from the production build's
 * manifests, so handlers and actions added or reshaped later are covered without editing this file.
 */

const nextServer = path.join(process.cwd(), ".next", "server");

/** "/media/[kind]/[name]/route" → "/media/videos/x.mp4": dynamic segments get plausible values. */
function samplePath(route: string): string {
  const samples: Record<string, string> = {
    kind: "videos",
    name: "nope.mp4",
    slug: "AAAAAAAAAAAAAAAAAAAAAAAA",
    n: "1",
  };
  return route
    .replace(/\/(route|page)$/, "")
    .replace(/\[\[?\.{0,3}([^\]]+)\]\]?/g, (_, name: string) => samples[name] ?? "x")
    .replace(/^$/, "/");
}

export function routeHandlerPaths(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextServer, "app-paths-manifest.json"), "utf8"));
  return Object.keys(manifest)
    .filter((route) => route.endsWith("/route"))
    .map(samplePath);
}

export type DiscoveredAction = { id: string; name: string; pagePath: string };

export function serverActions(): DiscoveredAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextServer, "server-reference-manifest.json"), "utf8"));
  return Object.entries(manifest.node as Record<string, { workers: Record<string, unknown>; exportedName?: string }>)
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0] ?? "app/page";
      return { id, name: entry.exportedName ?? id, pagePath: samplePath(`/${worker.replace(/^app\//, "")}`) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const boundary = "----o1fuzz";
const multipart = (parts: string) => ({
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  body: parts,
});
const part = (name: string, value: string, filename?: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n\r\n${value}\r\n`;
const end = `--${boundary}--\r\n`;
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";

/** At least 50 malformed requests against one route handler path. */
export function routeCases(route: string): RawRequest[] {
  const cases: RawRequest[] = [];
  for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "BREW"]) {
    cases.push({ method, path: route });
  }
  for (const suffix of [
    "%",
    "%E0%A4%A",
    "%C0%AF",
    "/%00",
    "?%%",
    "?a=%ZZ",
    "/..%2f..%2fetc%2fpasswd",
    "/../../../../etc/passwd",
    "?limit=-1",
    "?limit=1e309&limit=abc",
    `?ids=${"x,".repeat(3000)}`,
    "?name=%00%01%1b[31m",
    `/${"a".repeat(3000)}`,
    "/%F0%9F%92%A9%EF%BF%BD",
  ]) {
    cases.push({ method: "GET", path: `${route}${suffix}` });
  }
  for (const range of [
    "bytes=abc",
    "bytes=-0",
    "bytes=5-1",
    "bytes=0-1,2-3",
    "bytes=99999999999999999999999-",
    "items=0-1",
    "bytes=",
    `bytes=${Array.from({ length: 500 }, (_, i) => `${i}-${i}`).join(",")}`,
  ]) {
    cases.push({ method: "GET", path: route, headers: { range } });
  }
  const oddHeaders: Array<Record<string, string>> = [
    { "if-modified-since": "not a date" },
    { accept: "\u00ff\u00fe" },
    { cookie: `a=${"x".repeat(7000)}` },
    { "content-type": "multipart/form-data" },
    { "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" },
  ];
  for (const headers of oddHeaders) {
    cases.push({ method: "GET", path: route, headers });
  }
  const bodies: Array<Pick<RawRequest, "headers" | "body">> = [
    multipart("garbage without any boundary"),
    multipart(`${part("file", "truncated")}`),
    multipart(`${part("file", "", "")}${end}`),
    multipart(`${part("file", pdf, "x.jpg")}${end}`),
    multipart(`${part("file", "\u0000\u0001\u0002", "a.png")}${part("file", "2", "b.png")}${end}`),
    multipart(`${part("name", "\u0000".repeat(5000))}${end}`),
    multipart(`${part("x".repeat(5000), "v")}${end}`),
    { headers: { "content-type": "multipart/form-data; boundary=" }, body: "--\r\n" },
    { headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=%ZZ&b" },
    { headers: { "content-type": "application/json" }, body: "{{{" },
    { headers: { "content-type": "application/json" }, body: nested(5000) },
    { headers: { "content-type": "application/octet-stream" }, body: Buffer.alloc(100_000, 0xff) },
    { headers: { "content-type": "text/plain" }, body: "\u0000" },
    { headers: { "content-type": "video/mp4" }, body: "not a video" },
    { headers: {}, body: "" },
  ];
  for (const body of bodies) cases.push({ method: "POST", path: route, ...body });
  return cases;
}

/** At least 50 malformed bodies and headers for one server action, posted the way Next's client does. */
export function actionCases(action: DiscoveredAction): RawRequest[] {
  const text = (body: string | Buffer, type = "text/plain;charset=UTF-8"): RawRequest => ({
    method: "POST",
    path: action.pagePath,
    headers: { "next-action": action.id, "content-type": type },
    body,
  });
  const cases: RawRequest[] = [
    "",
    "{{{",
    "[",
    "]",
    "null",
    "1",
    '"string"',
    "[]",
    "[null]",
    "[1,2,3]",
    '["$@1"]',
    '"$@1"',
    '["$F1"]',
    '["$Q1"]',
    '["$K1"]',
    '["$T"]',
    '["$h1"]',
    '["$1"]',
    '["$B1"]',
    '["$n"]',
    '["$Dnot-a-date"]',
    '["$undefined",{"a":"$NaN"}]',
    '[{"__proto__":{"polluted":1}}]',
    '[{"constructor":{"prototype":{"polluted":1}}}]',
    nested(200),
    nested(5000),
    `[${"1,".repeat(50_000)}1]`,
    `["${"a".repeat(1_100_000)}"]`,
    '["\\ud800"]',
    "\ufeff[]",
    '["\u0000\u0001"]',
    '[{"url":"javascript:alert(1)","referType":"base"}]',
    '[{"url":"http://127.0.0.1:1/","referType":"base"}]',
    '[{"draftId":"x","prompt":"\u0000","mode":"std"}]',
    '[{"prompt":{"$gt":""}}]',
    '["../../../../etc/passwd"]',
    `[${JSON.stringify("x".repeat(100_000))}]`,
  ].map((body) => text(body));
  cases.push(text(Buffer.from([0xff, 0xfe, 0xfd, 0x00])));
  cases.push(text('["x"]', "application/json"));
  cases.push(text("0=%5B%5D", "application/x-www-form-urlencoded"));
  cases.push(text(Buffer.alloc(2000, 7), "application/octet-stream"));
  const form = (body: string, type = `multipart/form-data; boundary=${boundary}`) => text(body, type);
  cases.push(form("garbage"));
  cases.push(form(`${part("0", "[")}${end}`));
  cases.push(form(`${part("1", "[]")}${end}`));
  cases.push(form(`${part("0", '["$K1"]')}${end}`));
  cases.push(form(`${part("0", '["$1"]')}${end}`));
  cases.push(form(`${part("0", '["$B2"]')}${part("1", "x")}${end}`));
  cases.push(form(`${part("0", "[]", "file.bin")}${end}`));
  cases.push(form(`${part("0", nested(3000))}${end}`));
  cases.push(form("--\r\n", "multipart/form-data; boundary="));
  cases.push(form(`${part("0", "[]")}`));
  const headers = (extra: Record<string, string>): RawRequest => ({
    method: "POST",
    path: action.pagePath,
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", ...extra },
    body: "[]",
  });
  cases.push(headers({ "next-router-state-tree": "garbage" }));
  cases.push(headers({ "next-router-state-tree": "%E0%A4%A" }));
  cases.push(headers({ "next-action": "" }));
  cases.push(headers({ "next-action": "z".repeat(1000) }));
  cases.push(headers({ origin: "https://evil.example" }));
  cases.push(headers({ origin: "null" }));
  cases.push(headers({ "sec-fetch-site": "cross-site" }));
  cases.push(headers({ host: "rebind.evil.example" }));
  cases.push({ ...headers({}), method: "PUT" });
  cases.push({ ...headers({}), path: `${action.pagePath}%E0%A4%A` });
  return cases;
}
