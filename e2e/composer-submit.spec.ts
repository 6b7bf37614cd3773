import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { watchActionCalls } from "./support/action-calls";

test.describe("what Generate sends, and when", () => {
  test("Ctrl+Enter pressed twice is one task; a second take is its own, clearly labelled act", async ({
    studio,
    sim,
    page,
  }) => {
    const actions = watchActionCalls(page);
    const prompt = `Twice pressed: a lantern on a lake ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    const sentFor = async () => (await sim.submits()).filter((body) => body.prompt === prompt).length;

    // Back to back, then again once the first one is through (a fast server answers within 100 ms).
    await studio.prompt.press("Control+Enter");
    await studio.prompt.press("Control+Enter");
    await expect(studio.card(prompt)).toHaveCount(1);
    await studio.prompt.press("Control+Enter");
    await expect(page.getByRole("status").filter({ hasText: "was sent a moment ago" })).toBeVisible();
    await studio.generate.click();

    // The client sent one request (its guard), and upstream got one task (whatever the server's own guard does).
    await expect.poll(actions.settled).toBe(true);
    expect(actions.count()).toBe(1);
    expect(await sentFor()).toBe(1);
    await expect(studio.card(prompt)).toHaveCount(1);
    await page.screenshot({ path: "test-results/screens/repeat-refused.png" });

    await page.getByRole("button", { name: "Make another take" }).click();
    await expect(studio.card(prompt)).toHaveCount(2);
    await expect.poll(sentFor).toBe(2);
    expect(actions.count()).toBe(2);
    await expect(page.getByText("was sent a moment ago")).toHaveCount(0);
  });

  test("Generate waits for an upload, and the preview never shows an empty image URL", async ({
    studio,
    composer,
    images,
    page,
  }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = false;
    await page.route("**/api/uploads", async (route: Route) => {
      held = true;
      await released;
      await route.continue();
    });
    const actions = watchActionCalls(page);
    await studio.open();
    await studio.prompt.fill(`Waits for its picture ${Date.now()}`);
    await composer.addFiles([images.red]);
    await expect(page.getByRole("progressbar", { name: "Uploading image 1: red-car" })).toBeVisible();
    // The route handler runs in the test process a round trip after the browser sends, so the bar can win the race.
    await expect.poll(() => held).toBe(true);

    await expect(studio.generate).toBeDisabled();
    await expect(page.getByText("Image 1 (red-car) is still uploading.", { exact: true })).toBeVisible();
    await page.getByText("Request preview").click();
    await expect(page.getByLabel("Request body")).toHaveCount(0);
    await expect(page.getByTestId("request-pending")).toContainText("Image 1 (red-car) is still uploading.");
    await page.screenshot({ path: "test-results/screens/generate-waits-for-upload.png" });
    await studio.prompt.press("Control+Enter");
    expect(actions.count()).toBe(0);

    release();
    await composer.waitForUploads();
    await expect(studio.generate).toBeEnabled();
    const body = await composer.wireBody();
    expect(body.image_urls).toHaveLength(1);
    expect(body.image_urls?.[0]).toMatch(/^http/);
    await page.unroute("**/api/uploads");
  });

  test("a base video fixes duration and aspect ratio, visibly, in the request and in the result", async ({
    studio,
    composer,
    sim,
    page,
  }) => {
    const source = `Portrait source: a lighthouse ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(source);
    await studio.choose("Aspect ratio", "9:16");
    await studio.choose("Duration", "5 s");
    await studio.generate.click();
    await studio.videoFacts(studio.card(source));

    // The creator's own choices, which the edit must override.
    await studio.choose("Duration", "10 s");
    await studio.choose("Aspect ratio", "16:9");
    await expect(composer.cost).toHaveText("≈ $0.67");
    await studio
      .card(source)
      .getByRole("button", { name: /^Edit this video/ })
      .click();
    await expect(
      page.getByRole("region", { name: "Reference video" }).getByTestId("reference-video-facts"),
    ).toBeVisible();
    expect(await composer.setting("Duration")).toEqual({ checked: "5 s", locked: true });
    expect(await composer.setting("Aspect ratio")).toEqual({ checked: "9:16", locked: true });
    await expect(page.getByRole("group", { name: "Duration" })).toContainText(/Follows the video you edit \(5\.\d s\)/);
    await expect(page.getByRole("group", { name: "Aspect ratio" })).toContainText(
      "Follows the video you edit (720×1280)",
    );
    // Standard with an input video, for the clip's own five seconds.
    await expect(composer.cost).toHaveText("≈ $0.50");

    const edit = `Make the beam green ${Date.now()}`;
    await studio.prompt.fill(edit);
    expect(await composer.wireBody()).toMatchObject({ duration: 5, aspect_ratio: "9:16" });
    await page.screenshot({ path: "test-results/screens/base-video-settings.png", fullPage: true });
    await studio.generate.click();
    const facts = await studio.videoFacts(studio.card(edit));
    expect([facts.width, facts.height]).toEqual([720, 1280]);
    const sent = (await sim.submits()).find((body) => body.prompt === edit);
    expect(sent).toMatchObject({ duration: 5, aspect_ratio: "9:16" });
    expect(sent?.video_list).toEqual([expect.objectContaining({ refer_type: "base" })]);

    // Borrowing its motion instead leaves the settings to the creator again, as does removing the video.
    await studio
      .card(source)
      .getByRole("button", { name: /^Borrow its motion/ })
      .click();
    await expect(page.getByRole("radio", { name: /Borrow its motion or style/ })).toBeChecked();
    expect(await composer.setting("Duration")).toEqual({ checked: "10 s", locked: false });
    expect(await composer.setting("Aspect ratio")).toEqual({ checked: "16:9", locked: false });
    await page.getByRole("button", { name: "Remove video" }).click();
    expect(await composer.setting("Duration")).toEqual({ checked: "10 s", locked: false });
    await expect(composer.cost).toHaveText("≈ $0.67");
  });

  test("the estimate follows quality, duration and a video, and says when no money is spent", async ({
    studio,
    composer,
    page,
  }) => {
    await studio.open();
    // Next to the estimate (the header's badge says it too, once the status has loaded).
    await expect(page.getByRole("form", { name: "Composer" }).getByText("Simulator — no money is spent")).toBeVisible();
    await expect(composer.cost).toHaveText("≈ $0.34");
    await studio.choose("Quality", "Pro 1080p");
    await expect(composer.cost).toHaveText("≈ $0.45");
    await studio.choose("Duration", "10 s");
    await expect(composer.cost).toHaveText("≈ $0.90");
    await studio.choose("Quality", "Standard 720p");
    await expect(composer.cost).toHaveText("≈ $0.67");
  });
});

test.describe("the gallery's polling", () => {
  test("trouble reaching the server is shown calmly and clears itself", async ({ studio, page }) => {
    const prompt = `Polls through a bad patch ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(studio.card(prompt).getByRole("progressbar")).toBeVisible();

    const failing = (route: Route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: '{"error":{"code":"upstream","message":"x"}}',
      });
    const polls = (url: URL) => url.pathname === "/api/generations" && url.searchParams.has("ids");
    await page.route(polls, failing);
    const notice = page.getByRole("status").filter({ hasText: "Can't reach O1 Studio's server" });
    await expect(notice).toBeVisible();
    // A status, not an alarm: nothing is announced as an alert.
    await expect(page.getByRole("alert").filter({ hasText: /reach|server/i })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/poll-trouble.png" });

    await page.unroute(polls, failing);
    await expect(notice).toHaveCount(0);
    await expect(page.locator("article[data-status=completed]").filter({ hasText: prompt })).toBeVisible({
      timeout: 60_000,
    });
  });
});

test.describe("composer screenshots", () => {
  for (const [name, viewport] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`the composer with images, chips and the estimate (${name})`, async ({ studio, composer, images, page }) => {
      await page.setViewportSize(viewport);
      await studio.open();
      await composer.addFiles([images.red, images.green]);
      await composer.waitForUploads();
      await composer.writePrompt(["The car in ", 1, " drives across ", 2, " at dusk"]);
      await expect(composer.cost).toBeVisible();
      await page
        .getByRole("form", { name: "Composer" })
        .screenshot({ path: `test-results/screens/composer-${name}.png` });
    });
  }
});
