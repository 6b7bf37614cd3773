import { expect, test } from "./fixtures";
import { addRedCarAndBlueSky, uniqueImage } from "./support/library-images";
import { screens } from "./support/screens";
import { colourOf } from "./support/test-images";

test.describe("reference library", () => {
  test("an image from an earlier draft joins a new one through @name without a new upload; a rename reaches every chip", async ({
    studio,
    composer,
    sim,
    page,
  }) => {
    const tag = `t${Date.now().toString(36)}`;
    const uploads = await addRedCarAndBlueSky(page, { studio, composer }, tag);

    await composer.writePrompt([`First ${tag} `, 2]);

    // Kept under a name, then a new, empty draft (drafts live in the browser; the library on the server).
    await page.getByRole("button", { name: "Drafts" }).click();
    const drafts = page.getByRole("dialog", { name: "Drafts" });
    await drafts.getByRole("textbox", { name: "Name for the current draft" }).fill(`first ${tag}`);
    await drafts.getByRole("button", { name: "Keep current draft" }).click();
    await expect(drafts.getByRole("list", { name: "Kept drafts" })).toContainText(`first ${tag}`);
    await screens(page, "drafts-dialog");
    await drafts.getByRole("button", { name: "New draft" }).click();
    await expect(drafts).toHaveCount(0);
    await expect.poll(() => composer.trayNames()).toEqual([]);
    expect(await composer.chipNames()).toEqual([]);

    await studio.prompt.click();
    await page.keyboard.type("Open on ");
    await page.keyboard.type(`@${tag}-blue`);
    const listbox = page.getByRole("listbox", { name: "Images in the tray and your library" });
    await expect(listbox.getByRole("option", { name: new RegExp(`library.*${tag}-blue-sky`) })).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.type(" then ");
    await page.keyboard.type(`@${tag}-red`);
    await expect(listbox.getByRole("option", { name: new RegExp(`${tag}-red-car`) })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.keyboard.type(" beside ");
    // Now in the tray: @ offers the tray's entry (numbered), not the library's again.
    await page.keyboard.type(`@${tag}-blue`);
    await expect(listbox.getByRole("option")).toHaveCount(1);
    await expect(listbox.getByRole("option")).toContainText("1");
    await page.keyboard.press("Enter");
    await page.keyboard.type(" @zz");
    await page.keyboard.press("Escape");

    await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-blue-sky`, `image 2: ${tag}-red-car`]);
    expect(await composer.chipNames()).toEqual([
      `image 1: ${tag}-blue-sky`,
      `image 2: ${tag}-red-car`,
      `image 1: ${tag}-blue-sky`,
    ]);
    expect(uploads.count()).toBe(2);

    // Rename from the tray: every chip of that image shows the new name, in its label and on screen.
    await page.getByRole("button", { name: `Rename image 1: ${tag}-blue-sky` }).click();
    const nameBox = page.getByRole("textbox", { name: `New name for image 1: ${tag}-blue-sky` });
    await nameBox.fill(`${tag} night sky`);
    await nameBox.press("Enter");
    await expect
      .poll(() => composer.chipNames())
      .toEqual([`image 1: ${tag} night sky`, `image 2: ${tag}-red-car`, `image 1: ${tag} night sky`]);
    await expect(composer.chips().filter({ hasText: `${tag} night sky` })).toHaveCount(2);

    // Rename from the library: the same.
    await page.getByRole("button", { name: "Add from library" }).click();
    const dialog = page.getByRole("dialog", { name: "Your library" });
    await dialog.getByRole("searchbox", { name: "Search your library by name" }).fill(`${tag}-red`);
    await expect(dialog.getByRole("listitem")).toHaveCount(1);
    await dialog.getByRole("button", { name: `Rename ${tag}-red-car` }).click();
    await dialog.getByRole("textbox", { name: `New name for ${tag}-red-car` }).fill(`${tag} hero car`);
    await dialog.getByRole("textbox", { name: `New name for ${tag}-red-car` }).press("Enter");
    // The search was for the old name; the renamed image is found by its new one.
    await expect(dialog.getByText(`No image named like “${tag}-red”.`)).toBeVisible();
    await dialog.getByRole("searchbox", { name: "Search your library by name" }).fill(tag);
    await expect(dialog.getByRole("button", { name: `Rename ${tag} hero car` })).toBeVisible();
    await expect(dialog.getByRole("button", { name: `Rename ${tag} night sky` })).toBeVisible();
    await screens(page, "library-dialog");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toHaveCount(0);
    await expect
      .poll(() => composer.chipNames())
      .toEqual([`image 1: ${tag} night sky`, `image 2: ${tag} hero car`, `image 1: ${tag} night sky`]);
    await screens(page, "library-chips");
    expect(uploads.count()).toBe(2);

    // On the wire the chips are still <<<image_N>>>, bound to the right pictures.
    await studio.generate.click();
    await expect
      .poll(async () => (await sim.submits()).some((body) => String(body.prompt).startsWith("Open on")))
      .toBe(true);
    const sent = (await sim.submits()).find((body) => String(body.prompt).startsWith("Open on"));
    expect(sent?.prompt).toBe("Open on <<<image_1>>> then <<<image_2>>> beside <<<image_1>>> @zz");
    const urls = sent?.image_urls as string[];
    const seen = await Promise.all(
      urls.map(async (url) => colourOf(Buffer.from(await (await fetch(url)).arrayBuffer()))),
    );
    expect(seen).toEqual(["blue", "red"]);
    expect(uploads.count()).toBe(2);

    // Deleting warns how many generations use it; their result keeps its picture.
    await page.getByRole("button", { name: "Add from library" }).click();
    await dialog.getByRole("searchbox", { name: "Search your library by name" }).fill(`${tag} hero`);
    await dialog.getByRole("button", { name: `Delete ${tag} hero car from the library` }).click();
    await expect(dialog.getByRole("alertdialog")).toContainText(
      "1 generation uses it; their videos and recipes keep working.",
    );
    await dialog.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await expect(dialog.getByRole("listitem")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Close" }).click();
    const thumb = studio.feed.getByRole("img", { name: `image 2: ${tag} hero car` }).first();
    await expect(thumb).toBeVisible();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The first draft, kept before the renames, shows the library's names too: chips read names by identity.
    await page.getByRole("button", { name: "Drafts" }).click();
    await drafts.getByRole("button", { name: `Open draft first ${tag}` }).click();
    await expect.poll(() => composer.chipNames()).toEqual([`image 2: ${tag} night sky`]);
    await expect(page.getByText(`Draft “first ${tag}” opened.`)).toBeVisible();
  });

  test("a prompt from history comes back with its chips bound to the right images; ↑ in an empty prompt recalls the last", async ({
    studio,
    composer,
    sim,
    page,
  }) => {
    const tag = `h${Date.now().toString(36)}`;
    const red = await uniqueImage(`${tag}-red.png`, "red");
    const blue = await uniqueImage(`${tag}-blue.png`, "blue");
    await studio.open();
    await composer.addFiles([red, blue]);
    await composer.waitForUploads();
    await studio.choose("Aspect ratio", "9:16");
    await composer.writePrompt([`Recall ${tag} `, 2, " meets ", 1]);
    await studio.generate.click();
    await expect
      .poll(async () => (await sim.submits()).filter((body) => String(body.prompt).includes(tag)).length)
      .toBe(1);

    // A new, empty draft with other settings.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(studio.prompt).toBeVisible();
    expect(await composer.trayNames()).toEqual([]);

    await page.getByRole("button", { name: "History" }).click();
    const dialog = page.getByRole("dialog", { name: "Prompt history" });
    await dialog.getByRole("searchbox", { name: "Search your sent prompts" }).fill(tag);
    const entry = dialog.getByRole("button", { name: new RegExp(`Recall ${tag}`) });
    await expect(entry).toHaveCount(1);
    await screens(page, "history-dialog");
    await entry.click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => composer.trayNames()).toEqual([`image 1: ${tag}-red`, `image 2: ${tag}-blue`]);
    expect(await composer.chipNames()).toEqual([`image 2: ${tag}-blue`, `image 1: ${tag}-red`]);
    expect(await composer.setting("Aspect ratio")).toMatchObject({ checked: "9:16" });

    // Sent again (another take): what the simulator receives matches the chips, picture by picture.
    await studio.choose("Duration", "10 s");
    await studio.generate.click();
    await expect
      .poll(async () => (await sim.submits()).filter((body) => String(body.prompt).includes(tag)).length)
      .toBe(2);
    const again = (await sim.submits()).filter((body) => String(body.prompt).includes(tag)).at(-1);
    expect(again?.prompt).toBe(`Recall ${tag} <<<image_2>>> meets <<<image_1>>>`);
    const urls = again?.image_urls as string[];
    const seen = await Promise.all(
      urls.map(async (url) => colourOf(Buffer.from(await (await fetch(url)).arrayBuffer()))),
    );
    expect(seen).toEqual(["red", "blue"]);

    // ↑ in an empty prompt: the last sent prompt, whole.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await studio.prompt.click();
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => composer.chipNames()).toEqual([`image 2: ${tag}-blue`, `image 1: ${tag}-red`]);
    expect((await composer.wireBody()).prompt).toBe(`Recall ${tag} <<<image_2>>> meets <<<image_1>>>`);
  });
});
