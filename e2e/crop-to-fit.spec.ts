import sharp from "sharp";
import { expect, test } from "./fixtures";
import { colourOf, colours } from "./support/test-images";

/** A 5:1 panorama: red on the left half, blue on the right (so where the crop sits can be seen in what is sent). */
async function panorama(file: string) {
  const half = (colour: readonly number[]) =>
    sharp({
      create: {
        width: 1500,
        height: 600,
        channels: 3,
        background: { r: colour[0] ?? 0, g: colour[1] ?? 0, b: colour[2] ?? 0 },
      },
    })
      .png()
      .toBuffer();
  await sharp({ create: { width: 3000, height: 600, channels: 3, background: "#000" } })
    .composite([
      { input: await half(colours.red), left: 0, top: 0 },
      { input: await half(colours.blue), left: 1500, top: 0 },
    ])
    .jpeg({ quality: 95 })
    .toFile(file);
}

test("a 5:1 panorama is offered a 2.5:1 crop, moved from the keyboard, and sent at that crop", async ({
  studio,
  composer,
  sim,
  page,
}, testInfo) => {
  const file = testInfo.outputPath("harbour-panorama.jpg");
  await panorama(file);
  const prompt = `Cropped panorama: a harbour at noon ${Date.now()}`;
  await studio.open();
  await composer.addFiles([file]);
  await expect(page.getByText(/harbour-panorama\.jpg is 3000×600 \(5:1\)/)).toBeVisible();
  await page.getByRole("button", { name: "Crop to 2.5:1" }).click();
  const dialog = page.getByRole("dialog", { name: "Crop harbour-panorama.jpg to 2.5:1" });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole("slider", { name: "Crop position" });
  // Centred at first; End slides it to the right edge (the blue half), ← brings it back a step.
  await expect(box).toHaveAttribute("aria-valuenow", "750");
  await box.focus();
  await box.press("End");
  await expect(box).toHaveAttribute("aria-valuenow", "1500");
  await box.press("ArrowLeft");
  await expect(box).toHaveAttribute("aria-valuenow", "1470");
  await box.press("ArrowRight");
  await expect(dialog.getByText("The crop is 1500×600 px.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/crop-dialog.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/crop-dialog-phone.png" });
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByRole("button", { name: "Use this crop" }).click();
  await expect(dialog).toHaveCount(0);

  // The refusal is gone; the cropped picture is in the tray and uploads like any other.
  await expect(page.getByText(/harbour-panorama\.jpg is 3000×600/)).toHaveCount(0);
  // Named as the library names it: the file name without its extension.
  await expect.poll(() => composer.trayNames()).toEqual(["image 1: harbour-panorama-cropped"]);
  await composer.waitForUploads();
  await composer.writePrompt([`${prompt} `, 1]);
  await studio.generate.click();
  await expect(studio.card(prompt)).toBeVisible();

  // What APIMart would fetch: 1500×600, all from the right (blue) half.
  const sent = (await sim.submits()).find((body) => String(body.prompt).startsWith(prompt));
  const [url] = (sent?.image_urls as string[] | undefined) ?? [];
  expect(url).toBeTruthy();
  const bytes = Buffer.from(await (await fetch(url ?? "")).arrayBuffer());
  expect(await sharp(bytes).metadata()).toMatchObject({ width: 1500, height: 600 });
  expect(await colourOf(bytes)).toBe("blue");
  await page.screenshot({ path: "test-results/screens/crop-sent.png" });
});

test("a picture under 300 px is offered no crop, and the tray says why", async ({ studio, composer, images, page }) => {
  await studio.open();
  await composer.addFiles([images.tiny]);
  await expect(page.getByText(/tiny\.png is 200×150 px; each side must be at least 300 px/)).toBeVisible();
  await expect(page.getByText("Too small to crop: a crop can only make it smaller.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Crop to/ })).toHaveCount(0);
});
