import { expect, type Locator, type Page } from "@playwright/test";

/** The studio as a creator sees it: role-based locators only. */
export class StudioPage {
  readonly prompt: Locator;
  readonly generate: Locator;

  constructor(readonly page: Page) {
    this.prompt = page.getByRole("textbox", { name: "Prompt" });
    this.generate = page.getByRole("button", { name: "Generate" });
  }

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "O1 Studio" })).toBeVisible();
  }

  async choose(group: "Quality" | "Duration" | "Aspect ratio", option: string) {
    await this.page.getByRole("group", { name: group }).getByRole("radio", { name: option }).check();
  }

  card(prompt: string): Locator {
    return this.page.getByRole("article", { name: `Generation: ${prompt.slice(0, 60)}` });
  }

  /** Waits for the card's video and returns what the browser's media element reports. */
  async videoFacts(card: Locator) {
    const video = card.locator("video");
    await expect(video).toBeVisible({ timeout: 60_000 });
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
