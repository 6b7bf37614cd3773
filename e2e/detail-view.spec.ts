import { expect, test } from "./fixtures";
import { screens } from "./support/screens";

test("the detail view has its own URL: keys move and close it, reload keeps it, Back closes it, Delete can be undone", async ({
  studio,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const stamp = Date.now();
  const [older, newer] = [`A red balloon drifts over rooftops ${stamp}`, `A heron lands on a still pond ${stamp}`];
  await studio.open();
  for (const prompt of [older, newer]) {
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(studio.card(prompt)).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
  }
  const newerId = await studio.card(newer).getAttribute("data-generation-id");
  const olderId = await studio.card(older).getAttribute("data-generation-id");

  await studio
    .card(newer)
    .getByRole("link", { name: `Open details: ${studio.short(newer)}` })
    .click();
  const dialog = studio.detail;
  await expect(dialog).toHaveAccessibleName(`Video: ${newer}`);
  await expect(page).toHaveURL(new RegExp(`\\?video=${newerId}$`));
  await expect(dialog.locator("video")).toBeVisible();
  await expect(dialog.getByRole("button", { name: `Remix: ${studio.short(newer)}` })).toBeVisible();
  await expect(dialog.getByRole("link", { name: `Download video: ${studio.short(newer)}` })).toBeVisible();
  await screens(page, "detail-view");

  await page.keyboard.press("ArrowRight");
  await expect(dialog).toHaveAccessibleName(`Video: ${older}`);
  await expect(page).toHaveURL(new RegExp(`\\?video=${olderId}$`));
  await page.keyboard.press("ArrowLeft");
  await expect(dialog).toHaveAccessibleName(`Video: ${newer}`);
  await page.keyboard.press("ArrowRight");

  await page.reload();
  await expect(studio.detail).toHaveAccessibleName(`Video: ${older}`);
  await page.keyboard.press("Escape");
  await expect(studio.detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/video=/);

  // Opened from the gallery, Back closes it and leaves the studio where it was.
  await studio
    .card(older)
    .getByRole("link", { name: /^Open details/ })
    .click();
  await expect(studio.detail).toHaveAccessibleName(`Video: ${older}`);
  await page.goBack();
  await expect(studio.detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/video=/);
  await expect(studio.card(older)).toBeVisible();

  await studio
    .card(older)
    .getByRole("link", { name: /^Open details/ })
    .click();
  await studio.detail.getByRole("button", { name: `Delete: ${studio.short(older)}` }).click();
  await expect(studio.detail).toHaveCount(0);
  await expect(studio.card(older)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(studio.card(older)).toBeVisible();
});
