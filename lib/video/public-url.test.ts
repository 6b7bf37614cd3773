import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertPublicHttpUrl, type HostLookup, isPublicAddress } from "./public-url";

const PRIVATE = "That address points inside a private network; use a public video URL.";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.10",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.255",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "febf::1",
    "fec0::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456:789a::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:192.168.0.1",
    "[::1]",
  ])("refuses %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "172.15.255.255", // just below 172.16/12
    "172.32.0.0", // just above
    "100.63.255.255", // just below CGNAT
    "100.128.0.0", // just above
    "169.253.255.255",
    "11.0.0.1",
    "223.255.255.255", // last unicast before multicast
    "2606:4700:4700::1111",
    "2001:4860:4860::8888",
    "fbff::1", // just below fc00::/7
    "::ffff:8.8.8.8",
  ])("accepts %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each(["", "localhost", "example.com", "1.2.3", "999.1.1.1", "::g"])(
    "treats %j (not an IP) as not public",
    (value) => {
      expect(isPublicAddress(value)).toBe(false);
    },
  );
});

/** Fake DNS: answers from a table, ENOTFOUND otherwise; records what was asked. */
function fakeDns(table: Record<string, string[]>): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (host: string) => {
    asked.push(host);
    const answer = table[host];
    if (answer) return answer;
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  };
  return Object.assign(lookup, { asked });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, message } = error as AppError;
  return { code, message };
}

describe("assertPublicHttpUrl", () => {
  const dns = fakeDns({
    "videos.example.com": ["93.184.216.34", "2606:2800:220:1::1"],
    "internal.example.com": ["10.1.2.3"],
    "mixed.example.com": ["93.184.216.34", "192.168.0.7"],
    "mapped.example.com": ["::ffff:127.0.0.1"],
    "empty.example.com": [],
  });

  it("accepts an https URL whose host resolves only to public addresses", async () => {
    const url = await assertPublicHttpUrl("https://videos.example.com/clip.mp4?x=1", { lookup: dns });
    expect(url.href).toBe("https://videos.example.com/clip.mp4?x=1");
  });

  it("refuses non-http protocols", async () => {
    for (const url of [
      "ftp://videos.example.com/a.mp4",
      "file:///etc/passwd",
      "data:video/mp4;base64,AAAA",
      "javascript:alert(1)",
    ]) {
      expect(await refusal(assertPublicHttpUrl(url, { lookup: dns }))).toEqual({
        code: "invalid_request",
        message: "Only http:// and https:// video URLs are supported.",
      });
    }
  });

  it("refuses text that is not a URL", async () => {
    expect(await refusal(assertPublicHttpUrl("clip.mp4", { lookup: dns }))).toEqual({
      code: "invalid_request",
      message: "That is not a valid URL; paste the full video link starting with https://.",
    });
  });

  it("refuses URLs with credentials", async () => {
    expect((await refusal(assertPublicHttpUrl("https://u:p@videos.example.com/a.mp4", { lookup: dns }))).message).toBe(
      "Remove the user name and password from the video URL; the video must be public.",
    );
  });

  it.each([
    "http://127.0.0.1/a.mp4",
    "http://10.0.0.8:8080/a.mp4",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/a.mp4",
    "http://[::ffff:127.0.0.1]/a.mp4",
    "http://[fe80::1]/a.mp4",
    "http://0x7f.1/a.mp4", // URL parsing normalises this to 127.0.0.1
    "http://2130706433/a.mp4", // 127.0.0.1 as one number
    "http://0.0.0.0:3000/a.mp4",
  ])("refuses the IP-literal host in %s without asking DNS", async (url) => {
    const before = dns.asked.length;
    expect(await refusal(assertPublicHttpUrl(url, { lookup: dns }))).toEqual({
      code: "invalid_request",
      message: PRIVATE,
    });
    expect(dns.asked.length).toBe(before);
  });

  it("accepts a public IP-literal host", async () => {
    await expect(assertPublicHttpUrl("http://93.184.216.34/a.mp4", { lookup: dns })).resolves.toBeInstanceOf(URL);
  });

  it.each(["internal.example.com", "mixed.example.com", "mapped.example.com", "empty.example.com"])(
    "refuses %s, which resolves to a non-public address (or none)",
    async (host) => {
      expect(await refusal(assertPublicHttpUrl(`https://${host}/a.mp4`, { lookup: dns }))).toEqual({
        code: "invalid_request",
        message: PRIVATE,
      });
    },
  );

  it("says when a host does not exist", async () => {
    expect(await refusal(assertPublicHttpUrl("https://nope.example.com/a.mp4", { lookup: dns }))).toEqual({
      code: "invalid_request",
      message: "The host nope.example.com could not be found; check the video URL.",
    });
  });

  it("reports other DNS failures as retryable network problems", async () => {
    const flaky: HostLookup = async () => {
      throw Object.assign(new Error("queryA ETIMEOUT"), { code: "EAI_AGAIN" });
    };
    expect(await refusal(assertPublicHttpUrl("https://videos.example.com/a.mp4", { lookup: flaky }))).toEqual({
      code: "network",
      message: "Could not look up the host videos.example.com. Try again in a moment.",
    });
  });

  it("stops waiting for DNS when the signal aborts", async () => {
    const hanging: HostLookup = () => new Promise(() => undefined);
    const started = Date.now();
    const result = await refusal(
      assertPublicHttpUrl("https://videos.example.com/a.mp4", { lookup: hanging, signal: AbortSignal.timeout(50) }),
    );
    expect(result.code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("uses real DNS by default: localhost resolves to loopback and is refused", async () => {
    expect(await refusal(assertPublicHttpUrl("http://localhost:3000/a.mp4"))).toEqual({
      code: "invalid_request",
      message: PRIVATE,
    });
  });

  it("words the refusal for a redirect target", async () => {
    expect((await refusal(assertPublicHttpUrl("http://10.0.0.1/", { via: "redirect" }))).message).toBe(
      "The video URL redirects to an address that points inside a private network; use a public video URL.",
    );
  });

  describe("allowHosts", () => {
    it("lets a listed host through without the address check", async () => {
      const url = await assertPublicHttpUrl("http://127.0.0.1:4010/f/video/a.mp4", {
        allowHosts: ["127.0.0.1"],
        lookup: dns,
      });
      expect(url.host).toBe("127.0.0.1:4010");
      const own = await assertPublicHttpUrl("https://Media.Studio.Test./a.mp4", { allowHosts: ["media.studio.test"] });
      expect(own.hostname).toBe("media.studio.test.");
    });

    it("accepts origins and IPv6 entries", async () => {
      await expect(assertPublicHttpUrl("http://[::1]:9/a.mp4", { allowHosts: ["[::1]"] })).resolves.toBeInstanceOf(URL);
      await expect(
        assertPublicHttpUrl("https://internal.example.com/a.mp4", {
          allowHosts: ["https://internal.example.com"],
          lookup: dns,
        }),
      ).resolves.toBeInstanceOf(URL);
    });

    it("limits a host:port entry to that port", async () => {
      const options = { allowHosts: ["127.0.0.1:4010"] };
      await expect(assertPublicHttpUrl("http://127.0.0.1:4010/a.mp4", options)).resolves.toBeInstanceOf(URL);
      expect((await refusal(assertPublicHttpUrl("http://127.0.0.1:5432/a.mp4", options))).message).toBe(PRIVATE);
    });

    it("does not let other hosts, or other protocols, through", async () => {
      const options = { allowHosts: ["127.0.0.1"], lookup: dns };
      expect((await refusal(assertPublicHttpUrl("http://127.0.0.2/a.mp4", options))).message).toBe(PRIVATE);
      expect((await refusal(assertPublicHttpUrl("http://internal.example.com/a.mp4", options))).message).toBe(PRIVATE);
      expect((await refusal(assertPublicHttpUrl("ftp://127.0.0.1/a.mp4", options))).code).toBe("invalid_request");
    });
  });
});
