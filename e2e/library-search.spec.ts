import { expect, test } from "./fixtures";
import { seedLibraryImages } from "./support/seed-library";

// Its own stack: hundreds of seeded library images would crowd other specs' pickers.
test.use({ appEnv: { O1_E2E_STACK: "library-search" } });

test("a library larger than one answer: an image used long ago is found by name in the picker and through @", async ({
  studio,
  composer,
  stack,
  page,
}) => {
  // 505 images: the one used longest ago ("needle-…") is past the 500 the studio reads at first.
  await seedLibraryImages(stack, 505, (n) => (n === 0 ? "needle-lighthouse" : n === 1 ? "needle-harbour" : `old-${n}`));
  const searches: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/library" && url.searchParams.has("q")) searches.push(url.searchParams.get("q") ?? "");
  });
  await studio.open();

  await page.getByRole("button", { name: "Add from library" }).click();
  const panel = page.getByRole("dialog", { name: "Your library" });
  await expect(panel.getByRole("list", { name: "Library images" }).getByRole("listitem")).toHaveCount(500);
  await expect(panel).toContainText("search by name to find older ones");
  await expect(panel.getByText("needle-lighthouse")).toHaveCount(0);

  await panel.getByRole("searchbox").fill("needle");
  const found = panel.getByRole("list", { name: "Library images" }).getByRole("listitem");
  await expect(found).toHaveCount(2);
  await expect(found.filter({ hasText: "needle-lighthouse" })).toHaveCount(1);
  // Narrower words are covered by the answer already held: no second request.
  await panel.getByRole("searchbox").fill("needle-light");
  await expect(found).toHaveCount(1);
  expect(searches).toEqual(["needle"]);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);

  // Through @: the first keys search the server, the next lists what it found.
  await studio.prompt.click();
  const answered = page.waitForResponse((response) => response.url().includes("/api/library?q=harb"));
  await page.keyboard.type("Dusk at @harb");
  await answered;
  await expect.poll(() => searches.includes("harb")).toBe(true);
  await page.keyboard.type("o");
  const listbox = page.getByRole("listbox", { name: "Images in the tray and your library" });
  await expect(listbox.getByRole("option", { name: /needle-harbour/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect.poll(() => composer.trayNames()).toEqual(["image 1: needle-harbour"]);
  expect(await composer.chipNames()).toEqual([expect.stringMatching(/^image 1: needle-harbour/)]);
});
