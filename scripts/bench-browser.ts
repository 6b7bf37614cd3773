/**
 * The browser-side figures of `npm run bench`, with Playwright driving Debian's Chromium: the gallery's scroll
 * smoothness and mounted players with thousands of takes, and how often an open studio asks the server.
 */
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium } from "@playwright/test";

export async function openBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
};

type Cookie = { name: string; value: string };
const cookiesFor = (url: string, cookies: Cookie[]) => cookies.map((cookie) => ({ ...cookie, url }));

/**
 * Scrolls the studio's feed with the mouse wheel (`steps` × 700 px, one frame's wait between) while a
 * requestAnimationFrame loop in the page records every frame's delta and the most <video> elements mounted.
 */
export async function galleryScroll(browser: Browser, appUrl: string, cookies: Cookie[], steps = 250) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookiesFor(appUrl, cookies));
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.getByRole("list", { name: "Your videos" }).getByRole("article").first().waitFor();
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  await page.evaluate(`(() => {
    const state = { frames: [], maxVideos: 0, last: 0, on: true };
    window.__bench = state;
    const tick = (now) => {
      if (state.last) state.frames.push(now - state.last);
      state.last = now;
      state.maxVideos = Math.max(state.maxVideos, document.querySelectorAll("video").length);
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(1000, 450);
  // A Chrome trace of the scroll, for reading what a long frame was made of (BENCH_TRACE_DIR=/tmp/trace).
  const traceDir = process.env.BENCH_TRACE_DIR;
  if (traceDir) {
    fs.mkdirSync(traceDir, { recursive: true });
    await browser.startTracing(page, { path: path.join(traceDir, "gallery-scroll.json"), screenshots: false });
  }
  for (let step = 0; step < steps; step++) {
    await page.mouse.wheel(0, 700);
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  }
  if (traceDir) await browser.stopTracing();
  // Hovering a tile previews it (the one extra player the design allows): count that too.
  await page.mouse.move(1000, 450);
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => {
    const state = (window as unknown as { __bench: { frames: number[]; maxVideos: number; on: boolean } }).__bench;
    state.on = false;
    return {
      frames: state.frames,
      maxVideos: state.maxVideos,
      cards: document.querySelectorAll("article[data-generation-id]").length,
      scrolled: window.scrollY,
    };
  });
  await context.close();
  return {
    p95FrameMs: percentile(result.frames, 0.95),
    medianFrameMs: percentile(result.frames, 0.5),
    frames: result.frames.length,
    maxVideos: result.maxVideos,
    cardsInDom: result.cards,
    scrolledPx: result.scrolled,
  };
}

/** Requests an open studio makes to the app's API in `seconds`, per minute, by path. */
export async function pollRequests(browser: Browser, appUrl: string, cookies: Cookie[], seconds = 60) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookiesFor(appUrl, cookies));
  const page = await context.newPage();
  const seen: string[] = [];
  let counting = false;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (counting && url.pathname.startsWith("/api/")) seen.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(appUrl);
  await page.getByRole("list", { name: "Your videos" }).getByRole("article").first().waitFor();
  counting = true;
  // A benchmark's measuring window, not a test's wait.
  await page.waitForTimeout(seconds * 1000);
  counting = false;
  await context.close();
  const byPath = new Map<string, number>();
  for (const line of seen) {
    const key = line.split("?")[0] ?? line;
    byPath.set(key, (byPath.get(key) ?? 0) + 1);
  }
  return { perMinute: (seen.length * 60) / seconds, byPath: Object.fromEntries(byPath), urls: seen };
}
