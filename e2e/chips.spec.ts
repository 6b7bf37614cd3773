import { expect, test } from "./fixtures";
import { colourOf } from "./support/test-images";

test.describe("chip prompt editor", () => {
  test("chips by @, drag and shortcut survive reorder and removal: the sent prompt means what the creator sees", async ({
    studio,
    composer,
    sim,
    images,
    page,
  }) => {
    await studio.open();
    await composer.addFiles([images.red, images.green, images.blue]);
    await expect(composer.thumbnail("image 3: blue-sky")).toBeVisible();
    await composer.waitForUploads();

    const editor = studio.prompt;
    await editor.click();
    await page.keyboard.type("Start with ");
    await page.keyboard.type("@green");
    await expect(page.getByRole("option", { name: /green-field/ })).toBeVisible();
    await page.keyboard.press("Enter");
    await page.keyboard.type(" then ");
    await page.keyboard.press("Alt+Digit3");
    await page.keyboard.type(" and ");
    // Dropped past the end of the first line (the composer is a column beside the feed on wide screens).
    const editorWidth = (await editor.boundingBox())?.width ?? 400;
    await composer.thumbnail("image 1: red-car").dragTo(editor, { targetPosition: { x: editorWidth - 16, y: 12 } });
    await expect(composer.chips()).toHaveCount(3);
    expect(await composer.chips().evaluateAll((chips) => chips.map((chip) => chip.getAttribute("aria-label")))).toEqual(
      ["image 2: green-field", "image 3: blue-sky", "image 1: red-car"],
    );

    // Reorder: blue moves to the front; every number follows, no chip changes picture.
    await composer.page.getByRole("button", { name: "Move image 3 left" }).click();
    await composer.page.getByRole("button", { name: "Move image 2 left" }).click();
    expect(await composer.chips().evaluateAll((chips) => chips.map((chip) => chip.getAttribute("aria-label")))).toEqual(
      ["image 3: green-field", "image 1: blue-sky", "image 2: red-car"],
    );

    // Remove red: its chip goes with it, and the creator is told.
    await composer.page.getByRole("button", { name: "Remove image 2: red-car" }).click();
    await expect(page.getByRole("status")).toContainText("Removed image 2 (red-car) and its mention");
    expect(await composer.chips().evaluateAll((chips) => chips.map((chip) => chip.getAttribute("aria-label")))).toEqual(
      ["image 2: green-field", "image 1: blue-sky"],
    );
    await page.screenshot({ path: "test-results/screens/chips-before-generate.png", fullPage: true });

    await studio.generate.click();
    await expect(page.locator("[data-status]").first()).toBeVisible();
    const sent = await expect
      .poll(async () => (await sim.submits()).find((body) => String(body.prompt).startsWith("Start with")))
      .toBeTruthy()
      .then(async () => (await sim.submits()).find((body) => String(body.prompt).startsWith("Start with")));
    expect(sent?.prompt).toBe("Start with <<<image_2>>> then <<<image_1>>> and");
    const urls = sent?.image_urls as string[];
    expect(urls).toHaveLength(2);
    // What each token points at, fetched from where APIMart would fetch it, by colour.
    const seen = await Promise.all(
      urls.map(async (url) => colourOf(Buffer.from(await (await fetch(url)).arrayBuffer()))),
    );
    expect(seen).toEqual(["blue", "green"]);
  });

  test("caret between adjacent chips, backspace, undo and redo, copy and paste", async ({
    studio,
    composer,
    images,
    page,
  }) => {
    await studio.open();
    await composer.addFiles([images.red, images.green]);
    await composer.waitForUploads();
    const editor = studio.prompt;
    await editor.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Alt+Digit1");
    await page.keyboard.press("Alt+Digit2");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type("X");
    expect((await composer.wireBody()).prompt).toBe("<<<image_1>>>X<<<image_2>>>");

    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    expect((await composer.wireBody()).prompt).toBe("<<<image_1>>>X");
    await expect(composer.chips()).toHaveCount(1);

    await page.keyboard.press("Control+z");
    expect((await composer.wireBody()).prompt).toBe("<<<image_1>>>X<<<image_2>>>");
    await expect(composer.chips()).toHaveCount(2);
    await page.keyboard.press("Control+Shift+z");
    expect((await composer.wireBody()).prompt).toBe("<<<image_1>>>X");

    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+c");
    await page.keyboard.press("End");
    await page.keyboard.press("Control+v");
    expect((await composer.wireBody()).prompt).toBe("<<<image_1>>>X<<<image_1>>>X");
    await expect(composer.chips()).toHaveCount(2);
  });

  test("IME composition next to a chip leaves no invisible characters on the wire", async ({
    studio,
    composer,
    images,
    page,
  }) => {
    await studio.open();
    await composer.addFiles([images.red]);
    await composer.waitForUploads();
    await studio.prompt.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Alt+Digit1");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "に", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "にほん", selectionStart: 3, selectionEnd: 3 });
    await cdp.send("Input.insertText", { text: "日本" });
    await expect.poll(async () => (await composer.wireBody()).prompt).toBe("<<<image_1>>>日本");
    expect((await composer.wireBody()).prompt).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
  });

  test("pasting a wire prompt turns tokens into chips and flags a missing image", async ({
    studio,
    composer,
    images,
    page,
  }) => {
    await studio.open();
    await composer.addFiles([images.red, images.green]);
    await composer.waitForUploads();
    await studio.prompt.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Delete");
    await studio.prompt.evaluate((element) => {
      const data = new DataTransfer();
      data.setData("text/plain", "Swap <<<image_2>>> with <<<image_5>>>");
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(composer.chips()).toHaveCount(1);
    await expect(composer.chips().first()).toHaveAttribute("aria-label", "image 2: green-field");
    await expect(page.getByRole("status")).toContainText("image_5");
  });

  test("every rejection names the file and the rule, and keeps the prompt", async ({
    studio,
    composer,
    images,
    page,
  }) => {
    await studio.open();
    await studio.prompt.click();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("Keep me");
    await composer.addFiles([images.tiny, images.wide, images.pdf, images.heic, images.huge]);
    const alerts = page.getByRole("region", { name: "Reference images" }).getByRole("alert");
    await expect(alerts).toContainText("tiny.png is 200×150 px; each side must be at least 300 px.", {
      timeout: 60_000,
    });
    await expect(alerts).toContainText("banner.jpg is 3000×600");
    await expect(alerts).toContainText("aspect ratio must be between 1:2.5 and 2.5:1");
    await expect(alerts).toContainText("notes.jpg is not an image (it looks like a PDF)");
    await expect(alerts).toContainText("IMG_0001.heic");
    await expect(alerts).toContainText("HEIC");
    // The huge photo is scaled down and accepted, not refused.
    await expect(composer.thumbnail("image 1: huge-photo")).toBeVisible({ timeout: 60_000 });
    await composer.waitForUploads();
    await expect(composer.tray.getByRole("listitem")).toHaveCount(1);
    await expect(studio.prompt).toHaveText("Keep me");
    await page.screenshot({ path: "test-results/screens/rejections.png", fullPage: true });
  });
});
