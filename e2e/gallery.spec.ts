import { expect, test } from "./fixtures";

test.describe("gallery", () => {
  test("remix after every upstream URL expired re-uploads the kept image and makes a new video", async ({
    studio,
    composer,
    sim,
    images,
    page,
  }) => {
    const marker = `${Date.now()}`;
    await studio.open();
    await composer.addFiles([images.red]);
    await composer.waitForUploads();
    await studio.prompt.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(`The car in `);
    await page.keyboard.press("Alt+Digit1");
    await page.keyboard.type(` drives away ${marker}`);
    await studio.generate.click();
    const first = page.locator("article[data-status=completed]").filter({ hasText: marker });
    await expect(first).toBeVisible({ timeout: 60_000 });
    await expect(first.getByRole("img", { name: "image 1: red-car" })).toBeVisible();

    await sim.expire({ uploads: true });
    const firstUrl = (await sim.submits()).find((body) => String(body.prompt).includes(marker))?.image_urls as string[];
    expect((await fetch(firstUrl[0] ?? "")).status).toBe(404);

    // Start from an empty composer so everything must come from the recipe.
    await composer.page.getByRole("button", { name: "Remove image 1: red-car" }).click();
    await first.getByRole("button", { name: /^Remix/ }).click();
    await expect(composer.thumbnail("image 1: red-car")).toBeVisible();
    await expect(composer.chips()).toHaveCount(1);
    expect((await composer.wireBody()).prompt).toBe(`The car in <<<image_1>>> drives away ${marker}`);
    await studio.generate.click();

    await expect(page.locator("article[data-status=completed]").filter({ hasText: marker })).toHaveCount(2, {
      timeout: 60_000,
    });
    const sent = (await sim.submits()).filter((body) => String(body.prompt).includes(marker));
    expect(sent).toHaveLength(2);
    const secondUrl = (sent[1]?.image_urls as string[] | undefined)?.[0] ?? "";
    expect(secondUrl).not.toBe(firstUrl[0]);
    expect((await fetch(secondUrl)).status).toBe(200);
  });

  test("delete can be undone, and arrow keys move between cards", async ({ studio, page }) => {
    const prompts = [`Card one ${Date.now()}`, `Card two ${Date.now()}`];
    await studio.open();
    for (const prompt of prompts) {
      await studio.prompt.click();
      await page.keyboard.press("Control+a");
      await page.keyboard.type(prompt);
      await studio.generate.click();
      await expect(studio.card(prompt)).toBeVisible();
    }
    const [one, two] = prompts.map((prompt) => studio.card(prompt));
    if (!one || !two) throw new Error("cards missing");
    await two.focus();
    await page.keyboard.press("ArrowRight");
    await expect(one).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(two).toBeFocused();

    await one.getByRole("button", { name: /^Delete/ }).click();
    await expect(one).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(one).toBeVisible();
    await page.reload();
    await expect(studio.card(prompts[0] ?? "")).toBeVisible();

    await studio
      .card(prompts[0] ?? "")
      .getByRole("button", { name: /^Delete/ })
      .click();
    await expect(studio.card(prompts[0] ?? "")).toHaveCount(0);
    await page.reload();
    await expect(studio.card(prompts[1] ?? "")).toBeVisible();
    await expect(studio.card(prompts[0] ?? "")).toHaveCount(0);
  });
});
