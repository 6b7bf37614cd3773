import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeClips } from "@/test-support/test-clips";
import { closedPort, startTestServer, type TestServer } from "@/test-support/test-server";
import { fileNameFromUrl, validateReferenceVideo } from "./validate";

let server: TestServer;
const NAMES = ["fine", "fineMov", "short", "small", "lowFps", "tiny", "wrongContainer", "text"] as const;
let clips: Record<(typeof NAMES)[number], string>;
let tempDir: string;

beforeAll(async () => {
  clips = await makeClips(NAMES);
  const files = Object.fromEntries(Object.values(clips).map((file) => [path.basename(file), file]));
  server = await startTestServer(files);
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-validate-test-"));
  // Expected failures (unreachable host) are logged; keep the test output readable.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** Read at call time: tempDir is only set in beforeAll. Temp files land there so leaks are visible. */
function local(extra: Partial<Parameters<typeof validateReferenceVideo>[1]> = {}) {
  return { referType: "base" as const, allowList: [`127.0.0.1:${server.port}`], tempDir, ...extra };
}

describe("validateReferenceVideo", () => {
  it("accepts a fine MP4 and returns its probe and a JPEG poster", async () => {
    const result = await validateReferenceVideo(`${server.origin}/v/fine.mp4`, local());
    if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
    expect(result.probe).toMatchObject({ container: "mp4", width: 1280, height: 720, fps: 30, hasAudio: true });
    const poster = result.posterJpeg;
    expect(poster?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    // The poster is a real 1280×720 frame, not just JPEG magic bytes.
    const posterFile = path.join(tempDir, "poster.jpg");
    fs.writeFileSync(posterFile, poster ?? Buffer.alloc(0));
    const size = execFileSync("ffprobe", [
      "-v",
      "error",
      "-show_entries",
      "stream=width,height",
      "-of",
      "csv=p=0",
      posterFile,
    ]);
    fs.rmSync(posterFile);
    expect(size.toString().trim()).toBe("1280,720");
    expect(fs.readdirSync(tempDir)).toEqual([]); // the downloaded copy is gone
  });

  it("accepts a fine MOV (served as application/octet-stream) for a feature reference", async () => {
    const result = await validateReferenceVideo(`${server.origin}/bin/fine.mov`, local({ referType: "feature" }));
    expect(result).toMatchObject({ ok: true, probe: { container: "mov", width: 720, height: 1280, fps: 24 } });
  });

  it.each<[string, string, string]>([
    ["short.mp4", "duration", "The video is 2.0 s long; it must be 3–10 s."],
    ["small.mp4", "resolution", "The video is 640×360; each side must be 720–2160 px."],
    ["low-fps.mp4", "fps", "The video runs at 15 fps; it must be 24–60 fps."],
  ])("rejects %s with the measured value", async (file, rule, message) => {
    const result = await validateReferenceVideo(`${server.origin}/v/${file}`, local());
    expect(result).toMatchObject({ ok: false, code: "invalid_request", message, problems: [{ rule, message }] });
    expect(result).not.toHaveProperty("posterJpeg");
  });

  it("names the file when the container is wrong", async () => {
    const name = path.basename(clips.wrongContainer);
    const result = await validateReferenceVideo(`${server.origin}/v/${name}`, local());
    const expected =
      name === "clip.webm" ? "clip.webm is a WebM file; use MP4 or MOV." : "clip.mkv is an MKV file; use MP4 or MOV.";
    expect(result).toEqual(expect.objectContaining({ ok: false, code: "invalid_request", message: expected }));
  });

  it("joins several broken rules into one message, in rule order", async () => {
    const result = await validateReferenceVideo(`${server.origin}/v/tiny.mp4`, local());
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_request",
      message:
        "The video is 2.0 s long; it must be 3–10 s. The video is 640×360; each side must be 720–2160 px. The video runs at 15 fps; it must be 24–60 fps.",
    });
    expect(result.ok ? [] : result.problems?.map((p) => p.rule)).toEqual(["duration", "resolution", "fps"]);
  });

  it("applies a configured size cap before probing", async () => {
    const result = await validateReferenceVideo(`${server.origin}/v/small.mp4`, local({ maxBytes: 10_000 }));
    expect(result).toEqual({
      ok: false,
      code: "invalid_request",
      message: expect.stringMatching(/^The video is \d+\.\d MB; the limit is 0\.01 MB\.$/),
    });
  });

  it("rejects a text file served as a binary download, via ffprobe", async () => {
    expect(await validateReferenceVideo(`${server.origin}/bin/notes.txt`, local())).toEqual({
      ok: false,
      code: "invalid_request",
      message: "The file is not a video we can read; use MP4 or MOV.",
    });
  });

  it("rejects a text file served as text/plain by its content type", async () => {
    expect(await validateReferenceVideo(`${server.origin}/plain/notes.txt`, local())).toEqual({
      ok: false,
      code: "invalid_request",
      message: "That URL did not return a video (it returned text/plain).",
    });
  });

  it("rejects an HTML page", async () => {
    expect(await validateReferenceVideo(`${server.origin}/page.html`, local())).toEqual({
      ok: false,
      code: "invalid_request",
      message: "That URL did not return a video (it returned text/html).",
    });
  });

  it("rejects a 404 without leaking the body", async () => {
    const result = await validateReferenceVideo(`${server.origin}/missing`, local());
    expect(result).toEqual({
      ok: false,
      code: "invalid_request",
      message: "That URL returned 404 (not found); check the link and that the video is public.",
    });
  });

  it("rejects an over-cap Content-Length", async () => {
    expect(await validateReferenceVideo(`${server.origin}/huge`, local())).toEqual({
      ok: false,
      code: "invalid_request",
      message: "The video is 250.0 MB; the limit is 200 MB.",
    });
  });

  it("refuses a redirect to a private address", async () => {
    const target = encodeURIComponent("http://10.0.0.5/clip.mp4");
    expect(await validateReferenceVideo(`${server.origin}/to?u=${target}`, local())).toEqual({
      ok: false,
      code: "invalid_request",
      message:
        "The video URL redirects to an address that is not public (a private or local network); use a public video URL.",
    });
  });

  it("refuses the local server itself when not allow-listed, without requesting it", async () => {
    const before = server.hits.length;
    expect(
      await validateReferenceVideo(`${server.origin}/v/fine.mp4`, { referType: "base", allowList: [], tempDir }),
    ).toEqual({
      ok: false,
      code: "invalid_request",
      message: "That is not a public video URL: it points to a private or local network address.",
    });
    expect(server.hits.length).toBe(before);
  });

  it("reports an unreachable host", async () => {
    const port = await closedPort();
    expect(
      await validateReferenceVideo(`http://127.0.0.1:${port}/clip.mp4`, local({ allowList: [`127.0.0.1:${port}`] })),
    ).toEqual({
      ok: false,
      code: "network",
      message: `Could not download the video from 127.0.0.1:${port}; check that the URL works.`,
    });
  });

  it("reports a timeout", async () => {
    expect(await validateReferenceVideo(`${server.origin}/stall`, local({ timeoutMs: 300 }))).toEqual({
      ok: false,
      code: "timeout",
      message: "The video host did not send the video within 0.3 s.",
    });
  });

  it("rejects a non-URL", async () => {
    expect(await validateReferenceVideo("my clip.mp4", local())).toMatchObject({ ok: false, code: "invalid_request" });
  });

  it("leaves no temp files behind after all of the above", () => {
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });
});

describe("fileNameFromUrl", () => {
  it.each([
    ["https://cdn.example.com/media/clip.webm?sig=abc", "clip.webm"],
    ["https://cdn.example.com/My%20Clip%20(1).mov", "My Clip (1).mov"],
    ["https://cdn.example.com/watch", undefined],
    ["https://cdn.example.com/", undefined],
    ["https://cdn.example.com/%3Cscript%3E.mp4", undefined],
    ["not a url", undefined],
  ])("%s → %s", (url, expected) => {
    expect(fileNameFromUrl(url)).toBe(expected);
  });
});
