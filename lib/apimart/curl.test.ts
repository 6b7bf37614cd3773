import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textArb } from "@/test-support/test-arbitraries";
import { SIMULATOR_STAND_IN_KEY, shellQuote, toCurl } from "./curl";
import type { GenerationRequest } from "./types";

const apimart = { baseUrl: "https://api.apimart.ai/", usingSimulator: false };
const simulator = { baseUrl: "http://127.0.0.1:4010", usingSimulator: true };

/**
 * Runs the command in a real POSIX shell with `curl` replaced by a function that prints its arguments, so the test
 * sees exactly the argv curl would get.
 */
function argvOf(command: string, key: string | null = "sk-test-sentinel"): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  const { APIMART_API_KEY: _unused, ...rest } = process.env;
  const out = execFileSync("sh", ["-c", script], {
    env: key === null ? rest : { ...rest, APIMART_API_KEY: key },
    encoding: "utf8",
  });
  return out.split("\0").slice(0, -1);
}

function bodyOf(argv: string[]): unknown {
  const index = argv.indexOf("--data-raw");
  return JSON.parse(argv[index + 1] ?? "null");
}

describe("toCurl", () => {
  const body: GenerationRequest = {
    model: "kling-video-o1",
    prompt: "It's <<<image_1>>>'s \"day\" $HOME `date` \\n",
    image_urls: ["https://x.test/a.jpg"],
    duration: 5,
  };

  it("posts the body to /v1/videos/generations with a key placeholder, never a key", () => {
    const command = toCurl(body, apimart);
    expect(command).toContain('-H "Authorization: Bearer $APIMART_API_KEY"');
    expect(command).not.toMatch(/sk-/);
    const argv = argvOf(command);
    expect(argv).toContain("https://api.apimart.ai/v1/videos/generations");
    expect(argv).toContain("Authorization: Bearer sk-test-sentinel");
    expect(argv).toContain("Content-Type: application/json");
    expect(argv.slice(0, 3)).toEqual(["-sS", "-X", "POST"]);
  });

  it("targets the simulator in simulator mode and brings a stand-in key only when none is set", () => {
    const command = toCurl(body, simulator);
    expect(command).toContain('-H "Authorization: Bearer $APIMART_API_KEY"');
    expect(argvOf(command, null)).toContain(`Authorization: Bearer ${SIMULATOR_STAND_IN_KEY}`);
    expect(argvOf(command, "")).toContain(`Authorization: Bearer ${SIMULATOR_STAND_IN_KEY}`);
    expect(argvOf(command, "sk-mine-123")).toContain("Authorization: Bearer sk-mine-123");
    expect(argvOf(command)).toContain("http://127.0.0.1:4010/v1/videos/generations");
    // Against APIMart an unset key stays unset: a stand-in would only earn a confusing 401.
    expect(argvOf(toCurl(body, apimart), null)).toContain("Authorization: Bearer ");
  });

  it("survives single quotes, dollars, backticks and backslashes in the prompt", () => {
    expect(bodyOf(argvOf(toCurl(body, apimart)))).toEqual(body);
    expect(bodyOf(argvOf(toCurl(body, simulator)))).toEqual(body);
  });

  it("round-trips any prompt through a POSIX shell", () => {
    fc.assert(
      fc.property(textArb, (prompt) => {
        const sample: GenerationRequest = { model: "kling-video-o1", prompt };
        expect(bodyOf(argvOf(toCurl(sample, simulator)))).toEqual(sample);
      }),
      { numRuns: 60 },
    );
  });

  it("quotes a single quote as close-escape-reopen", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
