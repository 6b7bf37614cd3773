import { expect, test } from "./fixtures";

test.describe("the results feed", () => {
  test("on a wide screen the new take shows at the top of the feed, beside the composer, with its progress in the tab title", async ({
    studio,
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const prompt = `A kite over a windy beach ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();

    const card = studio.card(prompt);
    // Visible without scrolling: the feed sits beside the composer.
    await expect(card).toBeInViewport();
    await expect(studio.feed.getByRole("article").first()).toHaveAttribute("aria-label", `Generation: ${prompt}`);
    const composerBox = await page.getByRole("form", { name: "Composer" }).boundingBox();
    const cardBox = await card.boundingBox();
    expect(cardBox?.x ?? 0).toBeGreaterThan((composerBox?.x ?? 0) + (composerBox?.width ?? 0) - 1);
    await expect(card.getByRole("progressbar")).toBeVisible();
    await expect(page).toHaveTitle(/^\d+% · O1 Studio$/);
    await page.screenshot({ path: "test-results/screens/feed-running.png" });

    await expect(card).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
    await expect(page).toHaveTitle("O1 Studio");
    await expect(card.getByRole("button", { name: `Play: ${studio.short(prompt)}` })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/feed-done.png" });
  });

  test("on a phone the composer comes first and the feed follows, with nothing wider than the screen", async ({
    studio,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const prompt = `A lantern floats up at dusk ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    await expect(card).toHaveAttribute("data-status", "completed", { timeout: 60_000 });

    const composerBox = await page.getByRole("form", { name: "Composer" }).boundingBox();
    const cardBox = await card.boundingBox();
    expect(cardBox?.y ?? 0).toBeGreaterThan((composerBox?.y ?? 0) + (composerBox?.height ?? 0) - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/screens/feed-phone.png" });
    await page.screenshot({ path: "test-results/screens/feed-phone-full.png", fullPage: true });
  });
});
