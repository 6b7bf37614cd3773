import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { downloadToFile } from "@/lib/media/download";
import { downloadVideo } from "@/lib/video/fetch-video";
import {
  type Canary,
  dialForTest,
  fakeResolver,
  rebindingResolver,
  ssrfUrls,
  startCanary,
  startStandIn,
} from "@/test-support/ssrf-kit";
import { startTestServer, type TestServer } from "@/test-support/test-server";

let canary: Canary;
let standIn: Awaited<ReturnType<typeof startStandIn>>;
let relay: TestServer;
let tempDir: string;
const standInBody = Buffer.from("stand-in for a public host");

beforeAll(async () => {
  canary = await startCanary();
  standIn = await startStandIn(canary.port, standInBody);
  relay = await startTestServer({});
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-ssrf-"));
});

afterAll(async () => {
  await Promise.all([canary.close(), standIn.close(), relay.close()]);
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** An allowed, public-looking host: media.test → the relay on 127.0.0.1, allow-listed by host:port. */
const relayHost = () => `media.test:${relay.port}`;
const resolver = () => fakeResolver({ "media.test": ["127.0.0.1"] });
const videoOptions = () => ({ allowList: [relayHost()], resolver: resolver(), dialForTest, tempDir, timeoutMs: 5_000 });
const resultOptions = () => ({
  maxBytes: 10_000_000,
  timeoutMs: 5_000,
  policy: { allowList: new Set([relayHost()]), resolver: resolver(), dialForTest },
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const secret = /SECRET|127\.0\.0\.1:\d|\[::|0x7f|2130706433/;

describe("SSRF: no URL form reaches the canary", () => {
  it.each(ssrfUrls(0).map((_, i) => i))("reference video, URL #%i directly and through a redirect", async (i) => {
    const url = ssrfUrls(canary.port)[i] as string;
    const before = canary.hits();
    const direct = await refusal(downloadVideo(url, videoOptions()));
    const redirected = await refusal(
      downloadVideo(`http://${relayHost()}/to?u=${encodeURIComponent(url)}`, videoOptions()),
    );
    expect(canary.hits() - before).toBe(0);
    for (const error of [direct, redirected]) {
      expect(error.code).toBe("invalid_request");
      expect(error.message).not.toMatch(secret);
    }
  });

  it.each(ssrfUrls(0).map((_, i) => i))("result copy, URL #%i directly and through a redirect", async (i) => {
    const url = ssrfUrls(canary.port)[i] as string;
    const before = canary.hits();
    const file = path.join(tempDir, `result-${i}.mp4`);
    await refusal(downloadToFile(url, file, resultOptions()));
    await refusal(downloadToFile(`http://${relayHost()}/to?u=${encodeURIComponent(url)}`, file, resultOptions()));
    expect(canary.hits() - before).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("every refused address gets the same sentence, whatever the address or port (no port-scanning oracle)", async () => {
    const messages = new Set<string>();
    for (const url of [
      `http://127.0.0.1:${canary.port}/`,
      "http://127.0.0.1:1/",
      "http://10.0.0.1:22/",
      "http://internal.test:6379/",
      "http://[::1]:5432/",
    ]) {
      messages.add((await refusal(downloadVideo(url, videoOptions()))).message);
    }
    expect([...messages]).toEqual(["That is not a public video URL: it points to a private or local network address."]);
  });

  it("a rebinding resolver (public first, loopback second) is resolved once and the checked address is dialled", async () => {
    const rebinding = rebindingResolver();
    const before = canary.hits();
    const video = await downloadVideo(`http://rebind.test:${canary.port}/clip.mp4`, {
      ...videoOptions(),
      resolver: rebinding,
    });
    fs.rmSync(video.path, { force: true });
    expect(video.bytes).toBe(standInBody.length);
    expect(rebinding.calls()).toBe(1);
    expect(standIn.requests.at(-1)).toBe(`rebind.test:${canary.port}/clip.mp4`);
    expect(canary.hits() - before).toBe(0);
  });

  it("result copies: a public https host is fine, plain http to a public host is not", async () => {
    const error = await refusal(
      downloadToFile(`http://public.test:${canary.port}/a.mp4`, path.join(tempDir, "x.mp4"), resultOptions()),
    );
    expect(error.code).toBe("upstream");
    expect(error.message).toBe("The video service returned a video from an address this app may not fetch.");
  });

  it("result copies follow up to five redirects on the allowed host, and refuse a sixth", async () => {
    const file = path.join(tempDir, "hops.mp4");
    const relayWithFile = await startTestServer({ "fine.mp4": __filename });
    try {
      const options = {
        ...resultOptions(),
        policy: { ...resultOptions().policy, allowList: new Set([`media.test:${relayWithFile.port}`]) },
      };
      const bytes = await downloadToFile(`http://media.test:${relayWithFile.port}/hop/5`, file, options);
      expect(bytes).toBe(fs.statSync(__filename).size);
      const error = await refusal(downloadToFile(`http://media.test:${relayWithFile.port}/hop/6`, file, options));
      expect(error.detail).toMatch(/too_many_redirects/);
    } finally {
      await relayWithFile.close();
    }
  });
});
