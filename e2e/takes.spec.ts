import { expect, test } from "./fixtures";
import { screens } from "./support/screens";

test.describe("Generate ×N: takes of one recipe", () => {
  test("×3 sends three identical bodies under three keys, shows one card, compares, stars and keeps one", async ({
    studio,
    sim,
    page,
  }) => {
    const prompt = `Three takes: a fox crosses a snowy bridge ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await page.getByLabel("Takes", { exact: true }).selectOption("3");
    // The price of all three, before anything is sent.
    await expect(page.getByTestId("cost-estimate")).toHaveText("3 × ≈ $0.34 = ≈ $1.01");
    await expect(page.getByRole("button", { name: "Generate ×3" })).toBeVisible();
    await page.getByRole("button", { name: "Generate ×3" }).click();

    // Upstream: exactly three submits, identical bodies, each with its own Idempotency-Key.
    const submits = async () =>
      (await sim.requests()).filter(
        (request) =>
          request.method === "POST" &&
          request.path === "/v1/videos/generations" &&
          (request.body as { prompt?: string } | undefined)?.prompt === prompt,
      );
    await expect.poll(async () => (await submits()).length).toBe(3);
    const sent = await submits();
    expect(new Set(sent.map((request) => JSON.stringify(request.body))).size).toBe(1);
    const keys = sent.map((request) => request.headers["idempotency-key"]);
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(3);

    // The feed: one card for the recipe, saying it has three takes.
    const card = studio.card(prompt);
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("take-count")).toHaveText(/^3 takes · 3 ready/, { timeout: 90_000 });

    await card.getByRole("button", { name: /^Compare takes/ }).click();
    const compare = page.getByRole("dialog", { name: /^Compare takes/ });
    await expect(compare).toBeVisible();
    const videos = compare.locator("video");
    await expect(videos).toHaveCount(3);
    await expect
      .poll(() => videos.evaluateAll((all: HTMLVideoElement[]) => all.every((video) => video.readyState >= 2)))
      .toBe(true);

    // Synced playback: one Play plays all three, one Pause stops all three at the same place.
    await compare.getByRole("button", { name: "Play all" }).click();
    await expect
      .poll(() =>
        videos.evaluateAll((all: HTMLVideoElement[]) => all.every((video) => !video.paused && video.currentTime > 0.3)),
      )
      .toBe(true);
    await compare.getByRole("button", { name: "Pause all" }).click();
    const paused = await videos.evaluateAll((all: HTMLVideoElement[]) =>
      all.map((video) => ({ paused: video.paused, time: video.currentTime })),
    );
    expect(paused.every((video) => video.paused)).toBe(true);
    const spread = Math.max(...paused.map((v) => v.time)) - Math.min(...paused.map((v) => v.time));
    expect(spread).toBeLessThan(0.3);

    // Seeking from the keyboard moves every take.
    const position = compare.getByRole("slider", { name: "Position of all takes" });
    await position.focus();
    await position.press("End");
    await position.press("ArrowLeft");
    await expect
      .poll(() => videos.evaluateAll((all: HTMLVideoElement[]) => Math.min(...all.map((video) => video.currentTime))))
      .toBeGreaterThan(3);
    const times = await videos.evaluateAll((all: HTMLVideoElement[]) => all.map((video) => video.currentTime));
    expect(Math.min(...times)).toBeGreaterThan(3);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(0.05);

    // Star the keeper: take 2.
    await compare.getByRole("button", { name: "Star take 2" }).click();
    await expect(compare.getByRole("button", { name: "Star take 2" })).toHaveAttribute("aria-pressed", "true");
    await expect(compare.locator('[data-take="2"]')).toHaveAttribute("data-favourite", "true");
    await screens(page, "takes-compare");

    await compare.locator('[data-take="2"]').getByRole("button", { name: "Keep this, delete the others" }).click();
    await expect(compare).toHaveCount(0);
    await expect(page.getByText("Deleted the other 2 takes.")).toBeVisible();
    // One video left for the recipe: the starred one, an ordinary card again.
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId("take-count")).toHaveCount(0);
    await expect(card.getByRole("button", { name: /^Favourite: / })).toHaveAttribute("aria-pressed", "true");
    await screens(page, "takes-kept");

    // Undo brings the other two back into the group.
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(card.getByTestId("take-count")).toHaveText(/^3 takes · 3 ready · ★ take 2/);
  });

  test("×1 keeps the repeat guard; ×N is never held back by it", async ({ studio, sim, page }) => {
    const prompt = `Takes after a single: a kite over dunes ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(studio.card(prompt)).toHaveCount(1);
    await studio.generate.click();
    await expect(page.getByRole("status").filter({ hasText: "was sent a moment ago" })).toBeVisible();

    await page.getByLabel("Takes", { exact: true }).selectOption("2");
    await page.getByRole("button", { name: "Generate ×2" }).click();
    await expect.poll(async () => (await sim.submits()).filter((body) => body.prompt === prompt).length).toBe(3);
    // The single and the pair: two cards, the second standing for two takes.
    await expect(studio.card(prompt)).toHaveCount(2);
    await expect(studio.card(prompt).getByTestId("take-count")).toHaveText(/^2 takes/);
  });
});
