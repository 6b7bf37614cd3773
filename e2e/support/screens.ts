import type { Page } from "@playwright/test";

/** Desktop (1440×900) and phone (390×844) screenshots of the whole page into test-results/screens/. */
export async function screens(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [suffix, size] of [
    ["", { width: 1440, height: 900 }],
    ["-phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${name}${suffix}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}
