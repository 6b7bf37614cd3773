import { describe, expect, it } from "vitest";
import { AllowListError, hostPortOf, parseAllowEntry, parseAllowList, simulatorEntries } from "./allow-list";

describe("allow-list", () => {
  it("keys a URL by host and effective port, canonical for every IPv4 spelling", () => {
    expect(hostPortOf(new URL("http://LocalHost.:4010/x"))).toBe("localhost:4010");
    expect(hostPortOf(new URL("https://media.example.com/a.mp4"))).toBe("media.example.com:443");
    expect(hostPortOf(new URL("http://0x7f000001:4010/"))).toBe("127.0.0.1:4010");
    expect(hostPortOf(new URL("http://[::1]/"))).toBe("[::1]:80");
  });

  it("accepts only host:port pairs", () => {
    expect(parseAllowEntry("127.0.0.1:4010")).toBe("127.0.0.1:4010");
    expect(parseAllowEntry("[::1]:4010")).toBe("[::1]:4010");
    for (const bad of ["127.0.0.1", "http://127.0.0.1:4010", "host:0", "host:70000", "a b:1", "h:1/x"]) {
      expect(parseAllowEntry(bad)).toBeUndefined();
    }
    expect(parseAllowList("127.0.0.1:1, media.local:8080")).toEqual(["127.0.0.1:1", "media.local:8080"]);
    expect(() => parseAllowList("127.0.0.1")).toThrow(AllowListError);
  });

  it("allows the simulator's port under each loopback name, and nothing else of localhost", () => {
    expect(simulatorEntries("http://127.0.0.1:4010")).toEqual(["localhost:4010", "127.0.0.1:4010", "[::1]:4010"]);
    expect(simulatorEntries("https://sim.example.com")).toEqual(["sim.example.com:443"]);
  });
});
