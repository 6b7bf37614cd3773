import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addRedCarAndBlueSky, countUploads, uniqueImage } from "./support/library-images";
import { colourOf } from "./support/test-images";

const LIBRARY_IMAGE_MIME = "application/x-o1-library-image";

/** Where the prompt's text `wanted` starts, relative to the prompt box (just right of its first character's left edge). */
async function pointBefore(prompt: Locator, wanted: string): Promise<{ x: number; y: number }> {
  return prompt.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const char = range.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      return { x: char.left - box.left + 1, y: char.top - box.top + char.height / 2 };
    }
    throw new Error(`no “${text}” in the prompt`);
  }, wanted);
}

/** dragenter, dragover and drop of a hand-made library payload, as another page (or a bug) could send one. */
async function dropPayload(target: Locator, payload: string) {
  await target.evaluate(
    (element, { payload, type }) => {
      const data = new DataTransfer();
      data.setData(type, payload);
      data.setData("text/plain", "");
      const box = element.getBoundingClientRect();
      const at = { clientX: box.right - 8, clientY: box.top + 12 };
      for (const name of ["dragenter", "dragover", "drop"]) {
        element.dispatchEvent(new DragEvent(name, { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
      }
    },
    { payload, type: LIBRARY_IMAGE_MIME },
  );
}

/** The panel as a phone and a desktop show it (the viewport, not the whole page: it is fixed to the screen). */
async function panelScreens(page: Page, panel: Locator, prompt: Locator) {
  const before = page.viewportSize();
  const region = page.getByRole("region", { name: "Reference images" });
  for (const [suffix, size] of [
    ["", { width: 1440, height: 900 }],
    ["-phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    // Where the creator is when they open it: at the tray, its "Add from library" button in view.
    await region.evaluate((element) => element.scrollIntoView({ block: "start" }));
    const [panelBox, trayBox, promptBox] = await Promise.all([
      panel.boundingBox(),
      region.boundingBox(),
      prompt.boundingBox(),
    ]);
    if (!panelBox || !trayBox || !promptBox) throw new Error("panel, tray or prompt not laid out");
    const clear = (box: { x: number; y: number; width: number; height: number }) =>
      suffix === "" ? box.x + box.width <= panelBox.x : box.y + box.height <= panelBox.y;
    // The tray and the prompt stay in view beside (desktop) or above (phone) the panel: both are drop targets.
    expect(clear(trayBox), `tray clear of the panel at ${size.width}×${size.height}`).toBe(true);
    expect(clear(promptBox), `prompt clear of the panel at ${size.width}×${size.height}`).toBe(true);
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(size.height);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(size.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `test-results/screens/library-panel${suffix}.png` });
  }
  if (before) await page.setViewportSize(before);
}

test.describe("dragging from the library", () => {
  test("a library image dragged onto the tray joins it without an upload; into the prompt it joins the tray and its chip lands where it was dropped", async ({
    studio,
    composer,
    sim,
    page,
  }) => {
    const tag = `d${Date.now().toString(36)}`;
    const uploads = await addRedCarAndBlueSky(page, { studio, composer }, tag);

    // A new, empty draft: the two images are now only in the library (drafts live in the browser).
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(studio.prompt).toBeVisible();
    expect(await composer.trayNames()).toEqual([]);

    // From the keyboard: the panel takes focus in its search box, Escape closes it and gives focus back.
    const open = page.getByRole("button", { name: "Add from library" });
    const panel = page.getByRole("dialog", { name: "Your library" });
    const search = panel.getByRole("searchbox", { name: "Search your library by name" });
    await open.focus();
    await page.keyboard.press("Enter");
    await expect(search).toBeFocused();
    await expect(open).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
    await expect(open).toBeFocused();

    await open.click();
    await search.fill(tag);
    await expect(panel.getByRole("listitem")).toHaveCount(2);
    const redItem = panel.getByRole("button", { name: `Add ${tag}-red-car to the tray` });
    const blueItem = panel.getByRole("button", { name: `Add ${tag}-blue-sky to the tray` });

    // Onto the tray (its dropzone), step by step so the drop highlight can be seen mid-drag.
    const dropzone = page.getByRole("button", { name: "Add images" });
    const target = page.locator("[data-library-drop]");
    await redItem.hover();
    await page.mouse.down();
    const box = await dropzone.boundingBox();
    if (!box) throw new Error("no dropzone");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2, { steps: 2 });
    await expect(target).toHaveAttribute("data-library-drop", "over");
    await page.screenshot({ path: "test-results/screens/library-drop-highlight.png" });
    await page.mouse.up();
    await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-red-car`]);
    await expect(target).toHaveCount(0);
    await expect(panel).toBeVisible();
    // The tray's rejections (always mounted, empty when there are none): the dropzone took no file from this drop.
    const trayAlerts = page.getByRole("region", { name: "Reference images" }).getByRole("alert");
    await expect(trayAlerts).toBeEmpty();

    // Again onto the tray: it is already there, so nothing is added twice.
    const redInTray = panel.getByRole("button", { name: `${tag}-red-car (already in the tray)` });
    await redInTray.dragTo(composer.tray);
    await expect(redInTray).toBeVisible();
    expect(await composer.trayNames()).toEqual([`image 1: ${tag}-red-car`]);

    // Into the prompt, before "Omega": blue joins the tray and its chip is where it was dropped.
    await composer.writePrompt([`${tag} Alpha Omega`]);
    await blueItem.dragTo(studio.prompt, { targetPosition: await pointBefore(studio.prompt, "Omega") });
    await expect.poll(() => composer.chipNames()).toEqual([`image 2: ${tag}-blue-sky`]);
    expect(await composer.trayNames()).toEqual([`image 1: ${tag}-red-car`, `image 2: ${tag}-blue-sky`]);
    // Red, already in the tray, dropped before "Alpha": its chip, and no second tray image.
    await redInTray.dragTo(studio.prompt, { targetPosition: await pointBefore(studio.prompt, "Alpha") });
    await expect.poll(() => composer.chipNames()).toEqual([`image 1: ${tag}-red-car`, `image 2: ${tag}-blue-sky`]);
    expect(await composer.trayNames()).toEqual([`image 1: ${tag}-red-car`, `image 2: ${tag}-blue-sky`]);
    await expect
      .poll(async () => (await composer.wireBody()).prompt)
      .toBe(`${tag} <<<image_1>>>Alpha <<<image_2>>>Omega`);
    await expect(trayAlerts).toBeEmpty();
    await expect(panel).toBeVisible();

    await panelScreens(page, panel, studio.prompt);

    await panel.getByRole("button", { name: "Close" }).click();
    await expect(panel).toHaveCount(0);
    await expect(open).toBeFocused();
    expect(uploads.count()).toBe(2);

    // What APIMart receives: each token bound to the picture that was dragged there.
    await studio.generate.click();
    await expect.poll(async () => (await sim.submits()).some((body) => String(body.prompt).startsWith(tag))).toBe(true);
    const sent = (await sim.submits()).find((body) => String(body.prompt).startsWith(tag));
    expect(sent?.prompt).toBe(`${tag} <<<image_1>>>Alpha <<<image_2>>>Omega`);
    const urls = sent?.image_urls as string[];
    const seen = await Promise.all(
      urls.map(async (url) => colourOf(Buffer.from(await (await fetch(url)).arrayBuffer()))),
    );
    expect(seen).toEqual(["red", "blue"]);
    expect(uploads.count()).toBe(2);
  });

  test("a malformed or foreign library payload dropped on the tray or into the prompt changes nothing", async ({
    studio,
    composer,
    page,
  }) => {
    const tag = `m${Date.now().toString(36)}`;
    const green = await uniqueImage(`${tag}-green.png`, "green");
    const uploads = countUploads(page);
    await studio.open();
    await composer.addFiles([green]);
    await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-green`]);
    await expect.poll(() => uploads.count()).toBe(1);
    await composer.waitForUploads();
    const library = (await page.evaluate(async () => (await fetch("/api/library")).json())) as {
      images: Array<Record<string, unknown>>;
    };
    const ref = library.images.find((image) => image.name === `${tag}-green`);
    if (!ref) throw new Error("the image is not in the library");

    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(studio.prompt).toBeVisible();
    // The studio has read the library (the panel lists the image), so a known image would be accepted.
    await page.getByRole("button", { name: "Add from library" }).click();
    const panel = page.getByRole("dialog", { name: "Your library" });
    await panel.getByRole("searchbox", { name: "Search your library by name" }).fill(tag);
    await expect(panel.getByRole("listitem")).toHaveCount(1);
    await composer.writePrompt([`${tag} keep`]);

    const tray = page.getByRole("button", { name: "Add images" });
    for (const payload of [
      "{not json",
      "null",
      JSON.stringify({ ...ref, assetId: "" }),
      JSON.stringify({ ...ref, width: "wide" }),
      // Well formed, but not this creator's image: a drag from another page must not bring its URLs in.
      JSON.stringify({ ...ref, assetId: "img_forged", upstreamUrl: "https://evil.example/x.png" }),
    ]) {
      await dropPayload(tray, payload);
      await dropPayload(studio.prompt, payload);
    }
    await expect(studio.prompt).toHaveText(`${tag} keep`);
    expect(await composer.chipNames()).toEqual([]);
    expect(await composer.trayNames()).toEqual([]);
    await expect(page.getByRole("region", { name: "Reference images" }).getByRole("alert")).toBeEmpty();

    // The same hand-made drops with the real payload work, so the drops above were read and refused.
    await dropPayload(tray, JSON.stringify(ref));
    await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-green`]);
    expect(await composer.chipNames()).toEqual([]);
    await dropPayload(studio.prompt, JSON.stringify(ref));
    await expect.poll(() => composer.chipNames()).toEqual([`image 1: ${tag}-green`]);
    expect(await composer.trayNames()).toEqual([`image 1: ${tag}-green`]);
    await expect.poll(async () => (await composer.wireBody()).prompt).toBe(`${tag} keep<<<image_1>>>`);
    expect(uploads.count()).toBe(1);
  });
});
