import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, REAL_API_BASE_URL, SIMULATOR_KEY } from "./parse-env";

describe("parseEnv", () => {
  it("defaults to the simulator when no key is set", () => {
    const env = parseEnv({});
    expect(env.usingSimulator).toBe(true);
    expect(env.apiKey).toBe(SIMULATOR_KEY);
    expect(env.apiBaseUrl).toBe("http://127.0.0.1:4010");
    expect(env.port).toBe(3000);
    expect(env.publicBaseUrl).toBe("http://localhost:3000");
  });

  it("follows SIMULATOR_PORT for the simulator URL", () => {
    expect(parseEnv({ SIMULATOR_PORT: "4999" }).apiBaseUrl).toBe("http://127.0.0.1:4999");
  });

  it("uses the real API when a key is set", () => {
    const env = parseEnv({ APIMART_API_KEY: "sk-live-123456" });
    expect(env.usingSimulator).toBe(false);
    expect(env.apiKey).toBe("sk-live-123456");
    expect(env.apiBaseUrl).toBe(REAL_API_BASE_URL);
  });

  it("treats an empty key as no key", () => {
    expect(parseEnv({ APIMART_API_KEY: "  " }).usingSimulator).toBe(true);
  });

  it("lets APIMART_BASE_URL override either default and trims a trailing slash", () => {
    expect(parseEnv({ APIMART_BASE_URL: "https://api.apib.ai/" }).apiBaseUrl).toBe("https://api.apib.ai");
  });

  it.each([
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["SIMULATOR_PORT", { SIMULATOR_PORT: "-1" }],
    ["APIMART_BASE_URL", { APIMART_BASE_URL: "ftp://example.com" }],
    ["APIMART_BASE_URL", { APIMART_BASE_URL: "not a url" }],
    ["PUBLIC_BASE_URL", { PUBLIC_BASE_URL: "example.com" }],
    ["POLL_MIN_INTERVAL_MS", { POLL_MIN_INTERVAL_MS: "soon" }],
  ])("rejects a bad %s and names it", (name, source) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as EnvError).message).toContain(name);
    }
  });

  it("never lets the slowest poll interval be faster than the fastest", () => {
    const env = parseEnv({ POLL_MIN_INTERVAL_MS: "5000", POLL_MAX_INTERVAL_MS: "1000" });
    expect(env.poll.maxIntervalMs).toBe(5000);
  });
});
