import { expect, type Locator, type Page } from "@playwright/test";
import { promptLabel } from "../../lib/generations/prompt-label";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The studio as a creator sees it: role-based locators only. */
export class StudioPage {
  readonly prompt: Locator;
  readonly generate: Locator;
  /** The results feed (the gallery's list of tiles). */
  readonly feed: Locator;

  constructor(readonly page: Page) {
    this.prompt = page.getByRole("textbox", { name: "Prompt" });
    this.generate = page.getByRole("button", { name: "Generate" });
    this.feed = page.getByRole("list", { name: "Your videos" });
  }

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "O1 Studio" })).toBeVisible();
  }

  async choose(group: "Quality" | "Duration" | "Aspect ratio", option: string) {
    await this.page.getByRole("group", { name: group }).getByRole("radio", { name: option }).check();
  }

  /** The open detail view (a modal dialog named for its video). */
  get detail(): Locator {
    return this.page.getByRole("dialog");
  }

  /**
   * A tile by its prompt. Tiles are named by the prompt in words (lib/generations/prompt-label.ts): a prompt
   * with chip tokens is found by the words before its first token.
   */
  card(prompt: string): Locator {
    const [head = ""] = prompt.split(/<<<image_\d+>>>/);
    if (head === prompt)
      return this.page.getByRole("article", { name: `Generation: ${promptLabel(prompt, null, 60)}` });
    return this.page.getByRole("article", { name: new RegExp(`^Generation: ${escapeRegExp(head.trim())}`) });
  }

  /**
   * The gallery renders only rows near the viewport (windowed): scrolls down from the top of the page, a screen
   * at a time, until the card is in the page, then brings it into view.
   */
  async scrollToCard(card: Locator) {
    // The list may re-window between finding the card and scrolling to it (a card above completes and is
    // measured again), which detaches the element found: look again from the top then.
    for (let attempt = 1; ; attempt++) {
      await this.page.evaluate(() => window.scrollTo(0, 0));
      for (let step = 0; step < 200 && (await card.count()) === 0; step++) {
        const atEnd = await this.page.evaluate(() => {
          const before = window.scrollY;
          window.scrollBy(0, window.innerHeight * 0.8);
          return window.scrollY === before;
        });
        if (atEnd) break;
        await this.page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
      }
      if ((await card.count()) === 0) return;
      try {
        await card.first().scrollIntoViewIfNeeded({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }

  /** How action buttons name a tile's prompt ("Delete: <this>"). */
  short(prompt: string): string {
    return promptLabel(prompt, null, 40);
  }

  /**
   * Waits for the card's video and returns what the browser's media element reports. Tiles show a poster until
   * played (one player at a time), so this presses Play first when the player is not there yet.
   */
  async videoFacts(card: Locator) {
    const video = card.locator("video");
    const play = card.getByRole("button", { name: /^Play: / });
    await expect(video.or(play)).toBeVisible({ timeout: 60_000 });
    // From the keyboard: a pointer over the tile starts its hover preview, which swaps the poster under the click.
    if ((await video.count()) === 0) await play.press("Enter");
    await expect(video).toBeVisible();
    return video.evaluate(async (element: HTMLVideoElement) => {
      if (element.readyState < 1) {
        await new Promise<void>((resolve, reject) => {
          element.addEventListener("loadedmetadata", () => resolve(), { once: true });
          element.addEventListener("error", () => reject(new Error("video error")), { once: true });
          element.load();
        });
      }
      return { width: element.videoWidth, height: element.videoHeight, duration: element.duration };
    });
  }
}

/** The composer's image tray and the wire preview, as a creator would use them. */
export class ComposerPage {
  constructor(readonly page: Page) {}

  get tray(): Locator {
    return this.page.getByRole("list", { name: "Reference images, in prompt order" });
  }

  thumbnail(label: string): Locator {
    return this.tray.getByRole("listitem", { name: label });
  }

  async addFiles(files: string[]) {
    const input = this.page.getByRole("region", { name: "Reference images" }).locator('input[type="file"]');
    // Enabled once the tray has hydrated (its code loads beside the first-load JS).
    await expect(input).toBeEnabled();
    await input.setInputFiles(files);
  }

  /** Every tray image past its checks and its upload (an image still being checked has no progress bar yet). */
  async waitForUploads() {
    await expect(this.tray.getByText("Checking…", { exact: true })).toHaveCount(0, { timeout: 60_000 });
    await expect(this.page.getByRole("progressbar", { name: /^Uploading/ })).toHaveCount(0, { timeout: 60_000 });
  }

  chips(): Locator {
    return this.page.getByRole("textbox", { name: "Prompt" }).getByRole("img");
  }

  /** The thumbnails' names in tray order ("image 1: red-car", …). */
  async trayNames(): Promise<string[]> {
    if ((await this.tray.count()) === 0) return [];
    return this.tray
      .getByRole("listitem")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? ""));
  }

  /** The chips' names in prompt order: each names the image it is bound to ("image 2: green-field"). */
  async chipNames(): Promise<string[]> {
    return this.chips().evaluateAll((chips) => chips.map((chip) => chip.getAttribute("aria-label") ?? ""));
  }

  /** Replaces the prompt: strings are typed, numbers insert the chip of that image (Alt+N). */
  async writePrompt(parts: Array<string | number>) {
    const prompt = this.page.getByRole("textbox", { name: "Prompt" });
    await prompt.click();
    await this.page.keyboard.press("Control+a");
    await this.page.keyboard.press("Delete");
    for (const part of parts) {
      if (typeof part === "number") await this.page.keyboard.press(`Alt+Digit${part}`);
      else await this.page.keyboard.type(part);
    }
  }

  /** The option a settings group shows as chosen, and whether the creator can change it. */
  async setting(group: "Quality" | "Duration" | "Aspect ratio"): Promise<{ checked: string; locked: boolean }> {
    const fieldset = this.page.getByRole("group", { name: group });
    const checked = fieldset.getByRole("radio", { checked: true });
    const label = await checked.evaluate((radio) => radio.closest("label")?.textContent?.trim() ?? "");
    return { checked: label, locked: await checked.isDisabled() };
  }

  get cost(): Locator {
    return this.page.getByTestId("cost-estimate");
  }

  /** The exact JSON body the composer would send now. */
  async wireBody(): Promise<{ prompt: string; image_urls?: string[] }> {
    const text = await this.page.getByLabel("Request body").textContent();
    return JSON.parse(text ?? "{}") as { prompt: string; image_urls?: string[] };
  }
}
