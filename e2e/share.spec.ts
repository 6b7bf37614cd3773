import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { StudioPage } from "./support/studio-page";

async function makeVideo(studio: StudioPage, prompt: string) {
  await studio.open();
  await studio.prompt.fill(prompt);
  await studio.generate.click();
  await studio.videoFacts(studio.card(prompt));
  return studio.card(prompt);
}

async function shareLink(_page: Page, card: ReturnType<StudioPage["card"]>): Promise<string> {
  await card.getByRole("button", { name: /^Copy share link/ }).click();
  const field = card.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/\/s\/[A-Za-z0-9_-]{22,}$/);
  return field.inputValue();
}

test.describe("sharing and keeping results", () => {
  test("a share link plays in a fresh browser context, has preview tags, and dies when revoked", async ({
    studio,
    page,
    browser,
    stack,
  }) => {
    const prompt = `Shared: a jellyfish made of light ${Date.now()}`;
    const card = await makeVideo(studio, prompt);
    const url = await shareLink(page, card);
    expect(url.startsWith(stack.appUrl)).toBe(true);

    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    await visitor.goto(url);
    const video = visitor.getByRole("region").or(visitor.locator("main")).locator("video");
    await expect(video).toBeVisible();
    const duration = await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          if (element.readyState >= 1) resolve(element.duration);
          else element.addEventListener("loadedmetadata", () => resolve(element.duration), { once: true });
        }),
    );
    expect(duration).toBeGreaterThan(4.5);
    const meta = async (property: string) =>
      visitor.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");
    expect(await meta("og:type")).toBe("video.other");
    expect(await meta("og:video")).toBe(`${url}/video.mp4`);
    expect(await meta("og:image")).toBe(`${url}/poster.jpg`);
    expect(await meta("og:video:width")).toBe("1280");
    expect(await meta("og:video:height")).toBe("720");
    expect(await meta("twitter:card")).toBe("player");
    expect(await meta("twitter:player")).toBe(`${url}/embed`);
    expect(await meta("twitter:player:stream")).toBe(`${url}/video.mp4`);
    await expect(visitor.getByRole("link", { name: "Remix in O1 Studio" })).toBeVisible();
    await visitor.screenshot({ path: "test-results/screens/share-page.png" });

    await card.getByRole("button", { name: /^Stop sharing/ }).click();
    await expect(card.getByRole("textbox", { name: "Share link" })).toHaveCount(0);
    expect((await visitor.goto(url))?.status()).toBe(404);
    expect((await stranger.request.get(`${url}/video.mp4`)).status()).toBe(404);
    expect((await stranger.request.get(`${url}/poster.jpg`)).status()).toBe(404);
    expect((await stranger.request.get(`${stack.appUrl}/s/AAAAAAAAAAAAAAAAAAAAAAAA`)).status()).toBe(404);
    await stranger.close();
  });

  test("media answers Range requests with 206 and the exact bytes", async ({ studio, page }) => {
    const request = page.request;
    const prompt = `Ranged: a spinning top ${Date.now()}`;
    const card = await makeVideo(studio, prompt);
    const src = await card.locator("video").getAttribute("src");
    expect(src).toBeTruthy();
    const whole = await request.get(src ?? "");
    expect(whole.status()).toBe(200);
    expect(whole.headers()["content-type"]).toBe("video/mp4");
    const bytes = await whole.body();
    const part = await request.get(src ?? "", { headers: { Range: "bytes=100-199" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toBe(`bytes 100-199/${bytes.length}`);
    expect(Buffer.compare(await part.body(), bytes.subarray(100, 200))).toBe(0);
    const tail = await request.get(src ?? "", { headers: { Range: `bytes=${bytes.length}-` } });
    expect(tail.status()).toBe(416);
  });

  test("after the upstream URLs expire, the gallery and share page still play", async ({
    studio,
    page,
    sim,
    browser,
  }) => {
    const prompt = `Outlives the provider: a glass city ${Date.now()}`;
    const card = await makeVideo(studio, prompt);
    const url = await shareLink(page, card);
    await sim.expire({ uploads: true });

    await page.reload();
    const facts = await studio.videoFacts(studio.card(prompt));
    expect(facts.duration).toBeGreaterThan(4.5);
    const stranger = await browser.newContext();
    const visitor = await stranger.newPage();
    await visitor.goto(url);
    await expect(visitor.locator("video")).toBeVisible();
    expect((await stranger.request.get(`${url}/video.mp4`)).status()).toBe(200);
    await stranger.close();
  });
});
