import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { hugeJpegs, postImage } from "../test-support/huge-jpegs";
import { ssrfUrls, startCanary } from "../test-support/ssrf-kit";
import { expect, test } from "./fixtures";
import { sessionCookie } from "./support/accounts";
import { actionCases, routeCases, routeHandlerPaths, serverActions } from "./support/malformed-inputs";
import { type RawRequest, rawRequest } from "./support/raw-request";
import type { Stack } from "./support/stack";

/** Sends every case in order and returns the ones answered with a 5xx (or not at all). */
async function serverErrors(base: string, cases: RawRequest[]) {
  const failures: string[] = [];
  for (const request of cases) {
    const response = await rawRequest(base, request);
    // A thrown action renders as an RSC error row ("E{"digest"…") even when the status is not 5xx.
    if (response.status >= 500 || response.status === 0 || /\d+:E\{"digest"/.test(response.body)) {
      const body = typeof request.body === "string" ? request.body.slice(0, 60) : `${request.body?.length ?? 0} bytes`;
      failures.push(
        `${response.status} ${request.method} ${request.path.slice(0, 80)} ${JSON.stringify(request.headers ?? {}).slice(0, 80)} ${body}`,
      );
    }
  }
  return failures;
}

/**
 * The signed-in sweep runs as its own member: it posts hundreds of malformed uploads, which count against that
 * account's per-minute limit, not the owner's that later tests use.
 */
let sweeper: Promise<string> | undefined;
const sweeperCookie = (stack: Stack) => {
  sweeper ??= sessionCookie(stack, { email: "sweeper@studio.test", password: "sweeper-password-1" });
  return sweeper;
};

/** The same requests with a session cookie (the sweep runs anonymous and signed in). */
function withCookie(cases: RawRequest[], cookie: string | undefined): RawRequest[] {
  return cookie ? cases.map((request) => ({ ...request, headers: { ...request.headers, cookie } })) : cases;
}

test.describe("security suite", () => {
  test("every route handler answers 50+ malformed requests with a 4xx or less, never a 5xx, anonymous and signed in", async ({
    stack,
  }) => {
    const routes = routeHandlerPaths();
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const cookie of [undefined, await sweeperCookie(stack)]) {
      for (const route of routes) {
        const cases = withCookie(routeCases(route), cookie);
        expect(cases.length).toBeGreaterThanOrEqual(50);
        expect(await serverErrors(stack.appUrl, cases), `${route} ${cookie ? "signed in" : "anonymous"}`).toEqual([]);
      }
    }
  });

  test("every server action (from the build's manifest) answers 50+ malformed bodies without a 5xx, anonymous and signed in", async ({
    stack,
  }) => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThanOrEqual(5);
    for (const cookie of [undefined, await sweeperCookie(stack)]) {
      for (const action of actions) {
        const cases = withCookie(actionCases(action), cookie);
        expect(cases.length).toBeGreaterThanOrEqual(50);
        expect(await serverErrors(stack.appUrl, cases), `${action.name} ${cookie ? "signed in" : "anonymous"}`).toEqual(
          [],
        );
      }
    }
  });

  test("a foreign Host and cross-site writes are refused; same-origin writes still work", async ({
    stack,
    ownerCookie,
  }) => {
    const [action] = serverActions();
    const foreign = await rawRequest(stack.appUrl, {
      method: "GET",
      path: "/",
      headers: { host: "rebind.evil.example" },
    });
    expect(foreign.status).toBe(421);
    for (const path of ["/api/uploads", "/api/videos"]) {
      const crossSite = await rawRequest(stack.appUrl, {
        method: "POST",
        path,
        headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" },
        body: "--x--\r\n",
      });
      expect(crossSite.status, path).toBe(403);
      expect(JSON.parse(crossSite.body)).toEqual({
        error: { code: "invalid_request", message: "Cross-site requests are not allowed; use O1 Studio itself." },
      });
    }
    const crossSiteAction = await rawRequest(stack.appUrl, {
      method: "POST",
      path: action?.pagePath ?? "/",
      headers: { "next-action": action?.id ?? "", origin: "http://localhost:1", "content-type": "text/plain" },
      body: "[]",
    });
    expect(crossSiteAction.status).toBe(403);
    const sameOrigin = await rawRequest(stack.appUrl, {
      method: "POST",
      path: "/api/uploads",
      headers: { origin: stack.appUrl, "content-type": "text/plain", cookie: ownerCookie },
      body: "x",
    });
    expect(sameOrigin.status).toBe(400); // reached the route: it explains the multipart it wants
  });

  test("a cross-site page cannot post to /api/uploads or /api/videos", async ({ page, stack, images, sim }) => {
    const before = (await sim.requests()).length;
    // Another origin (and another site: localhost vs 127.0.0.1) serving a page that posts to the app.
    const evil = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${stack.appUrl}/api/uploads">
        <input name="name" value="evil.png"></form>
        <script>
          fetch("${stack.appUrl}/api/videos?name=x.mp4", { method: "POST", mode: "no-cors", body: "x" })
            .catch(() => {}).finally(() => { document.title = "sent"; document.getElementById("f").submit(); });
        </script>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    const port = (evil.address() as AddressInfo).port;
    try {
      const answer = page.waitForResponse((response) => response.url().endsWith("/api/uploads"));
      await page.goto(`http://localhost:${port}/`);
      expect((await answer).status()).toBe(403);
      expect(images.blue).toBeTruthy();
      // Nothing was stored or uploaded upstream on the cross-site page's behalf.
      const uploads = (await sim.requests()).slice(before).filter((request) => request.path.includes("upload"));
      expect(uploads).toEqual([]);
    } finally {
      await new Promise((resolve) => evil.close(resolve));
    }
  });

  test("security headers on pages, API, media and share routes; the embed alone may be framed", async ({
    stack,
    ownerCookie,
  }) => {
    const small = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#246" } })
      .jpeg()
      .toBuffer();
    const upload = await postImage(stack.appUrl, small, "header-check.jpg", ownerCookie);
    expect(upload.status).toBe(200);
    const mediaPath = (upload.body as { image: { previewUrl: string } }).image.previewUrl;
    expect(mediaPath).toMatch(/^\/media\/images\//);
    const paths = [
      "/",
      "/no-such-page",
      "/s/AAAAAAAAAAAAAAAAAAAAAAAA",
      "/s/AAAAAAAAAAAAAAAAAAAAAAAA/embed",
      "/api/generations",
      "/api/shares/AAAAAAAAAAAAAAAAAAAAAAAA/recipe",
      mediaPath,
      "/media/videos/missing.mp4",
      "/s/AAAAAAAAAAAAAAAAAAAAAAAA/video.mp4",
      "/s/AAAAAAAAAAAAAAAAAAAAAAAA/poster.jpg",
      "/s/AAAAAAAAAAAAAAAAAAAAAAAA/images/1",
    ];
    for (const path of paths) {
      const response = await rawRequest(stack.appUrl, { method: "GET", path, headers: { cookie: ownerCookie } });
      const csp = String(response.headers["content-security-policy"] ?? "");
      expect(response.headers["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers["referrer-policy"], path).toBe("same-origin");
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
      expect(csp, path).not.toContain("unsafe-eval");
      if (path.endsWith("/embed")) {
        expect(csp).toContain("frame-ancestors *");
        expect(response.headers["x-frame-options"]).toBeUndefined();
      } else {
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(response.headers["x-frame-options"], path).toBe("DENY");
      }
    }
    const media = await rawRequest(stack.appUrl, {
      method: "GET",
      path: `${mediaPath}?download=my%20photo.jpg`,
      headers: { cookie: ownerCookie },
    });
    expect(media.status).toBe(200);
    expect(media.headers["content-disposition"]).toBe(
      `attachment; filename="my_photo.jpg"; filename*=UTF-8''my%20photo.jpg`,
    );
    const uploadRoute = await rawRequest(stack.appUrl, { method: "POST", path: "/api/uploads" });
    expect(uploadRoute.headers["x-content-type-options"]).toBe("nosniff");
    expect(uploadRoute.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("the studio hydrates under the CSP with no violations", async ({ page, studio }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
        violations.push(message.text());
    });
    await studio.open();
    await studio.prompt.fill("Typed after hydration");
    await expect(studio.prompt).toHaveText("Typed after hydration");
    await expect(studio.generate).toBeEnabled();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "test-results/screens/studio-under-csp-desktop.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/studio-under-csp-phone.png" });
    expect(violations).toEqual([]);
  });

  test("a reference-video URL pointing at this machine never reaches it (canary)", async ({ page, studio }) => {
    const canary = await startCanary();
    try {
      await studio.open();
      await page.getByRole("button", { name: "Add a reference video" }).click();
      const panel = page.getByRole("region", { name: "Reference video" });
      const urls = ssrfUrls(canary.port)
        .filter((url) => !/\.test[:/]/.test(url))
        .slice(0, 16);
      for (const url of urls) {
        await panel.getByRole("textbox", { name: "Video URL" }).fill(url);
        const checked = page.waitForResponse(
          (response) => response.request().method() === "POST" && "next-action" in response.request().headers(),
        );
        await panel.getByRole("button", { name: "Use video" }).click();
        await checked;
        await expect(panel.getByRole("alert")).toContainText(/not a public video URL|user name and password/);
        await expect(panel.getByRole("alert")).not.toContainText("SECRET");
      }
      expect(canary.hits()).toBe(0);
    } finally {
      await canary.close();
    }
  });

  test("six concurrent 10000×10000 JPEG uploads each get an answer", async ({ stack, ownerCookie }) => {
    test.setTimeout(240_000);
    const files = await hugeJpegs(6);
    const answers = await Promise.all(
      files.map((file, i) => postImage(stack.appUrl, file, `huge-${i}.jpg`, ownerCookie)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ image: { width: 4096, height: 4096 } });
    }
  });

  test("unknown pages and unknown share links get the styled 404 with a way back", async ({ page, stack }) => {
    for (const path of ["/no-such-page", "/s/AAAAAAAAAAAAAAAAAAAAAAAA"]) {
      const response = await page.goto(`${stack.appUrl}${path}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Nothing to see here" })).toBeVisible();
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "test-results/screens/not-found-desktop.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/not-found-phone.png" });
    await page.getByRole("link", { name: "Back to O1 Studio" }).click();
    await expect(page).toHaveURL(`${stack.appUrl}/`);
  });
});
