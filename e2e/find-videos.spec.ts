import { expect, test } from "./fixtures";
import { screens } from "./support/screens";

test("search, filters and a favourite that the server keeps", async ({ studio, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const marker = `m${Date.now()}`;
  const takes = [
    { prompt: `A fox trots through fresh snow ${marker}`, quality: "Pro 1080p", aspect: "9:16" },
    { prompt: `A tram climbs a sunny hill ${marker}`, quality: "Standard 720p", aspect: "16:9" },
    { prompt: `Snowflakes on a dark window ${marker}`, quality: "Standard 720p", aspect: "1:1" },
  ];
  await studio.open();
  for (const take of takes) {
    await studio.prompt.fill(take.prompt);
    await studio.choose("Quality", take.quality);
    await studio.choose("Aspect ratio", take.aspect);
    await studio.generate.click();
    await expect(studio.card(take.prompt)).toBeVisible();
  }
  for (const take of takes) {
    await expect(studio.card(take.prompt)).toHaveAttribute("data-status", "completed", { timeout: 60_000 });
  }
  const [fox, tram, flakes] = takes.map((take) => take.prompt) as [string, string, string];
  const shown = () =>
    studio.feed
      .getByRole("article")
      .evaluateAll((articles) => articles.map((article) => article.getAttribute("aria-label")?.slice(12) ?? ""));

  const search = page.getByRole("searchbox", { name: "Search prompts" });
  // Prefix words, all required: "snow" finds "snow" and "Snowflakes"; adding the marker keeps other specs out.
  await search.fill(`snow ${marker}`);
  await expect.poll(shown).toEqual([flakes, fox]);
  await page.getByRole("combobox", { name: "Quality" }).selectOption({ label: "Pro · 1080p" });
  await expect.poll(shown).toEqual([fox]);
  await page.getByRole("combobox", { name: "Quality" }).selectOption({ label: "Any quality" });
  await page.getByRole("combobox", { name: "Aspect ratio" }).selectOption("1:1");
  await expect.poll(shown).toEqual([flakes]);
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(search).toHaveValue("");

  await search.fill(marker);
  await expect.poll(shown).toEqual([flakes, tram, fox]);
  const star = studio.card(tram).getByRole("button", { name: `Favourite: ${studio.short(tram)}` });
  await star.click();
  await expect(star).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "★ Favourites" }).click();
  await expect.poll(shown).toEqual([tram]);
  await screens(page, "find-favourites");

  // The star is the server's: a fresh page (no cache) still has it.
  await page.reload();
  await page.getByRole("button", { name: "★ Favourites" }).click();
  await page.getByRole("searchbox", { name: "Search prompts" }).fill(marker);
  await expect.poll(shown).toEqual([tram]);
  await studio
    .card(tram)
    .getByRole("button", { name: /^Favourite: / })
    .click();
  await page.reload();
  await page.getByRole("button", { name: "★ Favourites" }).click();
  await page.getByRole("searchbox", { name: "Search prompts" }).fill(marker);
  await expect(page.getByText("No videos match.")).toBeVisible();
});
