import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { ComposerPage, StudioPage } from "./support/studio-page";

type Source = { marker: string; tray: string[]; chips: string[]; prompt: string; imageUrls: string[] | undefined };

/** Starts the next step from an empty composer: the stored draft is what a reload brings back. */
async function freshDraft(studio: StudioPage) {
  if (!studio.page.url().startsWith("http")) await studio.open();
  await studio.page.evaluate(() => window.localStorage.clear());
  await studio.open();
}

/** Makes one generation from these files and prompt parts, and returns what the simulator received for it. */
async function makeSource(
  studio: StudioPage,
  composer: ComposerPage,
  sim: { submits(): Promise<Array<Record<string, unknown>>> },
  files: string[],
  parts: Array<string | number>,
): Promise<Source> {
  await freshDraft(studio);
  if (files.length > 0) {
    await composer.addFiles(files);
    await composer.waitForUploads();
  }
  const marker = `m${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  await composer.writePrompt([...parts, ` ${marker}`]);
  const tray = await composer.trayNames();
  const chips = await composer.chipNames();
  await studio.generate.click();
  await expect(card(studio.page, marker)).toBeVisible();
  const mine = async () => (await sim.submits()).find((body) => String(body.prompt).includes(marker));
  await expect.poll(async () => (await mine()) !== undefined).toBe(true);
  const sent = await mine();
  return {
    marker,
    tray,
    chips,
    prompt: String(sent?.prompt),
    imageUrls: sent?.image_urls as string[] | undefined,
  };
}

function card(page: Page, marker: string) {
  return page.locator("article").filter({ hasText: marker });
}

/** The composer holds exactly this recipe: the tray, each chip's image, and the body it would send. */
async function expectLoaded(composer: ComposerPage, source: Source) {
  await expect.poll(() => composer.trayNames()).toEqual(source.tray);
  await expect.poll(() => composer.chipNames()).toEqual(source.chips);
  const body = await composer.wireBody();
  expect(body.prompt).toBe(source.prompt);
  expect(body.image_urls).toEqual(source.imageUrls);
  await expect(composer.page.getByText(`${source.prompt.length} / 2500`)).toBeVisible();
  await expect(composer.page.getByRole("img", { name: "missing image" })).toHaveCount(0);
}

function toast(page: Page, text: string) {
  return page.getByRole("status").locator("> div").filter({ hasText: text });
}

test.describe("remix loads a whole recipe", () => {
  test("into a non-empty draft it offers Undo, which brings back that draft with its images and chips", async ({
    studio,
    composer,
    sim,
    images,
    page,
  }) => {
    const source = await makeSource(studio, composer, sim, [images.red, images.green], [2, " chases ", 1]);
    expect(source.chips).toEqual(["image 2: green-field", "image 1: red-car"]);

    // Into an empty draft: nothing to undo.
    await freshDraft(studio);
    await card(page, source.marker)
      .getByRole("button", { name: /^Remix/ })
      .click();
    await expectLoaded(composer, source);
    await expect(toast(page, "Recipe loaded into the composer.")).toBeVisible();
    await expect(toast(page, "Recipe loaded").getByRole("button", { name: "Undo" })).toHaveCount(0);

    // A draft of its own: another image, a chip of it, other words, other settings.
    await freshDraft(studio);
    await composer.addFiles([images.blue]);
    await composer.waitForUploads();
    await composer.writePrompt(["Sky ", 1, " my own draft"]);
    await studio.choose("Quality", "Pro 1080p");
    await card(page, source.marker)
      .getByRole("button", { name: /^Remix/ })
      .click();
    await expectLoaded(composer, source);
    await expect(studio.prompt).toBeFocused();
    expect((await composer.setting("Quality")).checked).toBe("Standard 720p");
    await page.screenshot({ path: "test-results/screens/remix-undo-offer.png" });

    await toast(page, "previous draft was replaced").getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => composer.trayNames()).toEqual(["image 1: blue-sky"]);
    await expect.poll(() => composer.chipNames()).toEqual(["image 1: blue-sky"]);
    expect((await composer.wireBody()).prompt).toBe("Sky <<<image_1>>> my own draft");
    expect((await composer.setting("Quality")).checked).toBe("Pro 1080p");

    // The restored draft is the stored one too.
    await page.reload();
    await expect.poll(() => composer.chipNames()).toEqual(["image 1: blue-sky"]);
    expect((await composer.wireBody()).prompt).toBe("Sky <<<image_1>>> my own draft");
  });

  test("twenty remixes in a row each load the complete recipe, every chip bound to its own image", async ({
    studio,
    composer,
    sim,
    images,
    page,
  }) => {
    test.setTimeout(240_000);
    const sources = [
      await makeSource(studio, composer, sim, [images.red, images.green], [2, " chases ", 1]),
      await makeSource(studio, composer, sim, [images.blue, images.red, images.green], [3, " and ", 1, " over ", 2]),
      await makeSource(studio, composer, sim, [], ["Only words, no images"]),
      await makeSource(studio, composer, sim, [images.green, images.blue], [1, 1, " twice, then ", 2]),
    ];
    expect(sources[1]?.chips).toEqual(["image 3: green-field", "image 1: blue-sky", "image 2: red-car"]);

    for (let round = 0; round < 20; round += 1) {
      // Neighbours differ in every round, so a leftover from the previous recipe cannot pass for the new one.
      const source = sources[(round * 3) % sources.length];
      if (!source) throw new Error("no source");
      await card(page, source.marker)
        .getByRole("button", { name: /^Remix/ })
        .click();
      await expectLoaded(composer, source);
    }

    // What the simulator receives from the last one is what the first take received.
    const last = sources[(19 * 3) % sources.length];
    await studio.generate.click();
    await expect(card(page, last?.marker ?? "")).toHaveCount(2);
    const sent = (await sim.submits()).filter((body) => String(body.prompt).includes(last?.marker ?? "?"));
    expect(sent).toHaveLength(2);
    expect(sent[1]?.prompt).toBe(sent[0]?.prompt);
    expect(sent[1]?.image_urls).toEqual(sent[0]?.image_urls);
  });

  test("a shared recipe that arrives before the editor's code has loaded still loads whole", async ({
    studio,
    composer,
    sim,
    images,
    page,
  }) => {
    const source = await makeSource(studio, composer, sim, [images.red, images.green], [2, " meets ", 1]);
    await card(page, source.marker)
      .getByRole("button", { name: /^Copy share link/ })
      .click();
    const link = await card(page, source.marker).getByRole("textbox", { name: "Share link" }).inputValue();
    const slug = link.split("/s/")[1] ?? "";

    await freshDraft(studio);
    await composer.writePrompt(["Words of an older draft"]);
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem("o1studio.draft.v3"))).toContain("older");

    // Hold back the chunk with the prompt editor (the one carrying its Lexical namespace) until the recipe is in.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldEditor = false;
    await page.route("**/_next/static/chunks/**", async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('"o1-prompt"')) {
        heldEditor = true;
        await released;
      }
      await route.fulfill({ response, body });
    });
    await page.goto(`/?remix=${slug}`);
    await expect.poll(() => composer.trayNames()).toEqual(source.tray);
    await expect(page.getByText(`${source.prompt.length} / 2500`)).toBeVisible();
    expect(heldEditor).toBe(true);
    await expect(studio.prompt).toHaveCount(0);

    release();
    await expectLoaded(composer, source);
    await expect(studio.prompt).toContainText(source.marker);
    await page.unroute("**/_next/static/chunks/**");

    await toast(page, "previous draft was replaced").getByRole("button", { name: "Undo" }).click();
    await expect(studio.prompt).toHaveText("Words of an older draft");
    await expect.poll(() => composer.trayNames()).toEqual([]);
  });
});
