import { expect, test } from "./fixtures";
import { seedGenerations } from "./support/seed-generations";

// Its own stack: hundreds of seeded rows would crowd other specs' galleries.
test.use({ appEnv: { O1_E2E_STACK: "gallery-scale" } });

test("a long gallery scrolls to its end with every take once, a few rows in the page and no players", async ({
  studio,
  stack,
  page,
}) => {
  const ids = await seedGenerations(stack, 300);
  await page.setViewportSize({ width: 1440, height: 900 });
  await studio.open();
  await expect(studio.feed.getByRole("article").first()).toHaveAttribute("data-generation-id", ids[0] ?? "");

  const seen: string[] = [];
  let mostArticles = 0;
  for (let step = 0; step < 400; step++) {
    const rendered = await studio.feed
      .getByRole("article")
      .evaluateAll((articles) => articles.map((article) => article.getAttribute("data-generation-id") ?? ""));
    mostArticles = Math.max(mostArticles, rendered.length);
    for (const id of rendered) if (!seen.includes(id)) seen.push(id);
    expect(await page.locator("video").count()).toBe(0);
    if (seen.length >= ids.length && !(await page.getByRole("button", { name: "Load older videos" }).count())) break;
    await page.mouse.wheel(0, 700);
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  }
  // Every seeded take, in order, none twice (five share each millisecond, across page boundaries).
  expect(seen).toEqual(ids);
  expect(mostArticles).toBeLessThan(40);
  await page.screenshot({ path: "test-results/screens/gallery-scale-end.png" });
});
