import { describe, expect, it } from "vitest";
import { hasValidEncoding, hostPolicy, isAllowedHost, isSameOriginWrite } from "./request-policy";
import { contentSecurityPolicy, isFrameablePath } from "./security-headers";

describe("isAllowedHost", () => {
  const policy = hostPolicy("https://studio.example.com", "3000");

  it("answers for the public host (with or without its port) and loopback names", () => {
    for (const host of [
      "studio.example.com",
      "Studio.Example.Com:443",
      "localhost:3000",
      "127.0.0.1:9",
      "[::1]:3000",
    ]) {
      expect(isAllowedHost(host, policy), host).toBe(true);
    }
  });

  it("refuses other names (DNS rebinding), other ports of the public host and garbage", () => {
    for (const host of [
      null,
      "",
      "rebind.evil.example",
      "studio.example.com:8080",
      "studio.example.com.evil",
      "a b",
      "x".repeat(400),
    ]) {
      expect(isAllowedHost(host, policy), String(host)).toBe(false);
    }
  });

  it("defaults to localhost:$PORT like the app's configuration, so local e2e on 127.0.0.1 keeps working", () => {
    expect(hostPolicy(undefined, "4000")).toEqual({ publicHost: "localhost", publicPort: "4000" });
    expect(isAllowedHost("127.0.0.1:4321", hostPolicy("http://127.0.0.1:4321", undefined))).toBe(true);
  });
});

describe("isSameOriginWrite", () => {
  const host = "127.0.0.1:3000";
  it("accepts the app's own Origin and requests with no browser context", () => {
    expect(isSameOriginWrite({ host, origin: "http://127.0.0.1:3000", secFetchSite: "same-origin" })).toBe(true);
    expect(isSameOriginWrite({ host, origin: null, secFetchSite: null })).toBe(true);
  });

  it("refuses cross-site and cross-origin pages, opaque origins and a cross-site fetch without Origin", () => {
    expect(isSameOriginWrite({ host, origin: "https://evil.example", secFetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginWrite({ host, origin: "http://localhost:3000", secFetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginWrite({ host, origin: "http://127.0.0.1:3001", secFetchSite: "same-site" })).toBe(false);
    expect(isSameOriginWrite({ host, origin: "null", secFetchSite: null })).toBe(false);
    expect(isSameOriginWrite({ host, origin: null, secFetchSite: "cross-site" })).toBe(false);
  });
});

describe("headers and paths", () => {
  it("flags undecodable percent-encoding", () => {
    expect(hasValidEncoding("/media/a%20b.mp4?x=%C3%A9")).toBe(true);
    expect(hasValidEncoding("/media/%E0%A4%A")).toBe(false);
  });

  it("has no unsafe-eval in production and lets only the embed be framed", () => {
    const production = contentSecurityPolicy({ nonce: "abc", dev: false, https: true, frameable: false });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(production).toContain("frame-ancestors 'none'");
    expect(isFrameablePath("/s/abc/embed")).toBe(true);
    expect(isFrameablePath("/s/abc")).toBe(false);
    expect(isFrameablePath("/s/abc/embed/x")).toBe(false);
  });
});
