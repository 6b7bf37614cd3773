import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { makeClips } from "@/test-support/test-clips";
import { closedPort, startTestServer, type TestServer } from "@/test-support/test-server";
import { downloadVideo, withDownloadedVideo } from "./fetch-video";

let server: TestServer;
let fine: string;
let tempDir: string;
const NOT_PUBLIC = "That is not a public video URL: it points to a private or local network address.";
const REDIRECT_NOT_PUBLIC =
  "The video URL redirects to an address that is not public (a private or local network); use a public video URL.";

beforeAll(async () => {
  ({ fine } = await makeClips(["fine"]));
  server = await startTestServer({ "fine.mp4": fine });
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-fetch-test-"));
});

afterAll(async () => {
  await server.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** The options every test uses: the local server allowed, temp files in a folder we can inspect. */
const local = (extra: Parameters<typeof downloadVideo>[1] = {}) => ({
  allowList: [`127.0.0.1:${server.port}`],
  tempDir,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).message };
}

function leftovers(): string[] {
  return fs.readdirSync(tempDir);
}

describe("downloadVideo", () => {
  it("downloads the exact bytes to a temp file", async () => {
    const video = await downloadVideo(`${server.origin}/v/fine.mp4`, local());
    try {
      expect(fs.readFileSync(video.path).equals(fs.readFileSync(fine))).toBe(true);
      expect(video.bytes).toBe(fs.statSync(fine).size);
      expect(video.contentType).toBe("video/mp4");
      expect(path.dirname(video.path)).toBe(tempDir);
    } finally {
      fs.rmSync(video.path, { force: true });
    }
  });

  it("connects through the pinned lookup for a host name (the path Node's Happy Eyeballs takes)", async () => {
    const video = await downloadVideo(`http://localhost:${server.port}/v/fine.mp4`, {
      allowList: [`localhost:${server.port}`],
      resolver: async () => [{ address: "127.0.0.1", family: 4 }],
      tempDir,
    });
    fs.rmSync(video.path, { force: true });
    expect(video.bytes).toBe(fs.statSync(fine).size);
  });

  it("follows up to five redirects, including relative ones", async () => {
    const video = await downloadVideo(`${server.origin}/hop/5`, local());
    fs.rmSync(video.path, { force: true });
    expect(video.finalUrl).toBe(`${server.origin}/v/fine.mp4`);
    expect(video.bytes).toBe(fs.statSync(fine).size);
  });

  it("refuses a sixth redirect", async () => {
    const before = server.hits.length;
    expect(await failure(downloadVideo(`${server.origin}/hop/6`, local()))).toEqual({
      code: "invalid_request",
      message: "The video URL redirects too many times; link to the video file itself.",
    });
    // The sixth redirect's target (/v/fine.mp4) is never requested.
    expect(server.hits.slice(before)).toEqual(["/hop/6", "/hop/5", "/hop/4", "/hop/3", "/hop/2", "/hop/1"]);
  });

  it("re-checks every redirect target: a redirect to a private address is refused without fetching it", async () => {
    const target = encodeURIComponent("http://169.254.169.254/latest/meta-data/");
    expect(await failure(downloadVideo(`${server.origin}/to?u=${target}`, local()))).toEqual({
      code: "invalid_request",
      message: REDIRECT_NOT_PUBLIC,
    });
  });

  it("refuses a redirect to a local name that resolves to loopback (the allow-list matches host:port, not addresses)", async () => {
    const before = server.hits.length;
    const target = encodeURIComponent(`http://localhost:${server.port}/v/fine.mp4`);
    expect((await failure(downloadVideo(`${server.origin}/to?u=${target}`, local()))).message).toBe(
      REDIRECT_NOT_PUBLIC,
    );
    expect(server.hits.slice(before)).toEqual(["/to"]);
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const target = encodeURIComponent("file:///etc/passwd");
    expect((await failure(downloadVideo(`${server.origin}/to?u=${target}`, local()))).message).toBe(
      "The video URL redirects to an address that is not http:// or https://.",
    );
  });

  it("refuses a redirect with no Location", async () => {
    expect((await failure(downloadVideo(`${server.origin}/no-location`, local()))).message).toBe(
      "That URL answered with a redirect but no target.",
    );
  });

  it("refuses a private address when it is not allow-listed, before connecting", async () => {
    const before = server.hits.length;
    expect(await failure(downloadVideo(`${server.origin}/v/fine.mp4`, { allowList: [], tempDir }))).toEqual({
      code: "invalid_request",
      message: NOT_PUBLIC,
    });
    expect(server.hits.length).toBe(before);
  });

  it("explains a 404 without echoing the body", async () => {
    expect(await failure(downloadVideo(`${server.origin}/missing`, local()))).toEqual({
      code: "invalid_request",
      message: "That URL returned 404 (not found); check the link and that the video is public.",
    });
  });

  it("explains a 403 (login or hotlink protection)", async () => {
    expect((await failure(downloadVideo(`${server.origin}/forbidden`, local()))).message).toBe(
      "That URL refused access (403); the video must be public, without a login or hotlink protection.",
    );
  });

  it("treats a 5xx as a retryable network problem", async () => {
    expect(await failure(downloadVideo(`${server.origin}/broken`, local()))).toEqual({
      code: "network",
      message: "The video host answered with an error (502). Try again in a moment.",
    });
  });

  it("refuses an HTML page by its content type", async () => {
    expect(await failure(downloadVideo(`${server.origin}/page.html`, local()))).toEqual({
      code: "invalid_request",
      message: "That URL did not return a video (it returned text/html).",
    });
  });

  it("stops at once when Content-Length is over the cap (the body is never read)", async () => {
    const started = Date.now();
    expect(await failure(downloadVideo(`${server.origin}/huge`, local({ timeoutMs: 5_000 })))).toEqual({
      code: "invalid_request",
      message: "The video is 250.0 MB; the limit is 200 MB.",
    });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("enforces a configured cap", async () => {
    expect((await failure(downloadVideo(`${server.origin}/v/fine.mp4`, local({ maxBytes: 100_000 })))).message).toMatch(
      /^The video is \d+\.\d MB; the limit is 0\.1 MB\.$/,
    );
  });

  it("stops streaming a body without Content-Length once it passes the cap, and leaves no file", async () => {
    expect(await failure(downloadVideo(`${server.origin}/stream/5000000`, local({ maxBytes: 1_000_000 })))).toEqual({
      code: "invalid_request",
      message: "The video is larger than the 1 MB limit.",
    });
    expect(leftovers()).toEqual([]);
  });

  it("accepts a body without Content-Length under the cap", async () => {
    const video = await downloadVideo(`${server.origin}/stream/300000`, local({ maxBytes: 1_000_000 }));
    fs.rmSync(video.path, { force: true });
    expect(video.bytes).toBe(300_000);
  });

  it("refuses an empty body", async () => {
    expect((await failure(downloadVideo(`${server.origin}/empty`, local()))).message).toBe(
      "That URL returned an empty file instead of a video.",
    );
    expect(leftovers()).toEqual([]);
  });

  it("times out when the host never answers", async () => {
    expect(await failure(downloadVideo(`${server.origin}/stall`, local({ timeoutMs: 300 })))).toEqual({
      code: "timeout",
      message: "The video host did not send the video within 0.3 s.",
    });
  });

  it("times out when the body stalls, and leaves no file", async () => {
    expect((await failure(downloadVideo(`${server.origin}/slow-body`, local({ timeoutMs: 300 })))).code).toBe(
      "timeout",
    );
    expect(leftovers()).toEqual([]);
  });

  it("reports an unreachable host as a network problem", async () => {
    const port = await closedPort();
    expect(
      await failure(downloadVideo(`http://127.0.0.1:${port}/v/fine.mp4`, local({ allowList: [`127.0.0.1:${port}`] }))),
    ).toEqual({
      code: "network",
      message: `Could not download the video from 127.0.0.1:${port}; check that the URL works.`,
    });
  });
});

describe("withDownloadedVideo", () => {
  it("hands over the file and deletes it afterwards", async () => {
    let seen = "";
    const size = await withDownloadedVideo(
      `${server.origin}/v/fine.mp4`,
      async (video) => {
        seen = video.path;
        expect(fs.existsSync(video.path)).toBe(true);
        return fs.statSync(video.path).size;
      },
      local(),
    );
    expect(size).toBe(fs.statSync(fine).size);
    expect(seen).not.toBe("");
    expect(fs.existsSync(seen)).toBe(false);
  });

  it("deletes the file when the callback throws", async () => {
    let seen = "";
    await expect(
      withDownloadedVideo(
        `${server.origin}/v/fine.mp4`,
        async (video) => {
          seen = video.path;
          throw new Error("boom");
        },
        local(),
      ),
    ).rejects.toThrow("boom");
    expect(seen).not.toBe("");
    expect(fs.existsSync(seen)).toBe(false);
  });
});
