import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

test.describe("generate a video from a prompt", () => {
  test("pro, 9:16, 10 s: progress, then a playable 1080x1920 clip of about 10 s", async ({ studio, sim, page }) => {
    const prompt = `A paper boat sails down a rainy street ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.choose("Quality", "Pro 1080p");
    await studio.choose("Duration", "10 s");
    await studio.choose("Aspect ratio", "9:16");
    await studio.generate.click();

    const card = studio.card(prompt);
    await expect(card).toBeVisible();
    const progress = card.getByRole("progressbar");
    await expect(progress).toBeVisible();
    await expect
      .poll(async () => Number(await progress.getAttribute("aria-valuenow")), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/screens/generate-progress.png" });

    const facts = await studio.videoFacts(card);
    expect(facts.width).toBe(1080);
    expect(facts.height).toBe(1920);
    expect(facts.duration).toBeGreaterThan(9.5);
    expect(facts.duration).toBeLessThan(10.5);
    await card.locator("video").evaluate((video: HTMLVideoElement) => video.play());
    await expect
      .poll(() => card.locator("video").evaluate((video: HTMLVideoElement) => video.currentTime))
      .toBeGreaterThan(0);
    await page.screenshot({ path: "test-results/screens/generate-done.png", fullPage: true });

    // What reached APIMart is the documented body, duration as a bare integer.
    const sent = (await sim.submits()).find((body) => body.prompt === prompt);
    expect(sent).toEqual({ model: "kling-video-o1", prompt, mode: "pro", duration: 10, aspect_ratio: "9:16" });
  });

  test("Ctrl+Enter generates from the prompt box", async ({ studio, sim }) => {
    const prompt = `Keyboard only: a lighthouse at dusk ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.prompt.press("Control+Enter");
    await expect(studio.card(prompt)).toBeVisible();
    await expect.poll(async () => (await sim.submits()).some((body) => body.prompt === prompt)).toBe(true);
  });

  test("a reload in the middle of a generation picks up where it was", async ({ studio, page }) => {
    const prompt = `Reload me: a hummingbird in slow motion ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.choose("Duration", "5 s");
    await studio.generate.click();
    await expect(studio.card(prompt).getByRole("progressbar")).toBeVisible();

    await page.reload();
    const card = studio.card(prompt);
    await expect(card.getByRole("progressbar")).toBeVisible();
    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(4.5);
  });

  test("insufficient balance (402) shows a clear message and keeps the prompt", async ({ studio, sim, page }) => {
    const prompt = `This one costs too much ${Date.now()}`;
    await sim.fault("submit", "402");
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();

    const alert = page.getByRole("alert").filter({ hasText: "out of balance" });
    await expect(alert).toBeVisible();
    await expect(page.getByRole("form", { name: "Composer" })).not.toContainText("payment_required");
    await expect(studio.prompt).toHaveText(prompt);
    await expect(studio.card(prompt)).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/submit-402.png" });

    // The same draft goes through once the balance is back.
    await studio.generate.click();
    await expect(studio.card(prompt)).toBeVisible();
    await expect(alert).toHaveCount(0);
  });

  test("the browser bundle never contains the API key", async () => {
    const staticDir = path.join(process.cwd(), ".next", "static");
    // The browser may name the variable (the curl preview's placeholder), never hold a value.
    const needles = ["sk-o1studio-simulator", process.env.APIMART_API_KEY].filter((needle): needle is string =>
      Boolean(needle),
    );
    const files = fs.readdirSync(staticDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const entry of files) {
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), "latin1");
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${entry.name}`).toBe(false);
    }
  });
});
