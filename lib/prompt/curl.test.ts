import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textArb } from "@/test-support/test-arbitraries";
import { shellQuote, toCurl } from "./curl";

/**
 * Runs the command in a real POSIX shell with `curl` replaced by a function that prints its arguments, so the test
 * sees exactly the argv curl would get.
 */
function argvOf(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  const out = execFileSync("sh", ["-c", script], {
    env: { ...process.env, APIMART_API_KEY: "sk-test-sentinel" },
    encoding: "utf8",
  });
  return out.split("\0").slice(0, -1);
}

function bodyOf(argv: string[]): unknown {
  const index = argv.indexOf("--data-raw");
  return JSON.parse(argv[index + 1] ?? "null");
}

describe("toCurl", () => {
  const body = {
    model: "kling-video-o1",
    prompt: "It's <<<image_1>>>'s \"day\" $HOME `date` \\n",
    image_urls: ["https://x.test/a.jpg"],
    duration: 5,
  };

  it("posts the body to /v1/videos/generations with a key placeholder, never a key", () => {
    const command = toCurl(body, "https://api.apimart.ai/");
    expect(command).toContain('-H "Authorization: Bearer $APIMART_API_KEY"');
    expect(command).not.toMatch(/sk-/);
    const argv = argvOf(command);
    expect(argv).toContain("https://api.apimart.ai/v1/videos/generations");
    expect(argv).toContain("Authorization: Bearer sk-test-sentinel");
    expect(argv).toContain("Content-Type: application/json");
    expect(argv.slice(0, 3)).toEqual(["-sS", "-X", "POST"]);
  });

  it("survives single quotes, dollars, backticks and backslashes in the prompt", () => {
    expect(bodyOf(argvOf(toCurl(body, "https://api.apimart.ai")))).toEqual(body);
  });

  it("round-trips any prompt through a POSIX shell", () => {
    fc.assert(
      fc.property(textArb, (prompt) => {
        const sample = { model: "kling-video-o1", prompt };
        expect(bodyOf(argvOf(toCurl(sample, "http://localhost:4010")))).toEqual(sample);
      }),
      { numRuns: 60 },
    );
  });

  it("quotes a single quote as close-escape-reopen", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
