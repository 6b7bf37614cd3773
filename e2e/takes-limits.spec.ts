import { expect, test } from "./fixtures";

// Its own stack: the low limit set here must not slow other specs down.
test.use({ appEnv: { E2E_STACK: "takes-limits" } });

test("takes that would pass the running limit are refused whole, before any submit", async ({ page, studio, sim }) => {
  await page.goto("/settings");
  await page.getByLabel("Videos running at once").fill("2");
  await page.getByRole("button", { name: "Save limits" }).click();
  await expect(page.getByRole("status")).toHaveText("Limits saved.");

  const prompt = `Too many takes at once ${Date.now()}`;
  await studio.open();
  await studio.prompt.fill(prompt);
  await page.getByLabel("Takes", { exact: true }).selectOption("3");
  await page.getByRole("button", { name: "Generate ×3" }).click();
  await expect(
    page.getByText(/Limit reached: 3 takes would make 3 videos running at once \(the limit is 2\)\. Nothing was sent/),
  ).toBeVisible();
  await expect(studio.prompt).toContainText(prompt);
  expect((await sim.submits()).some((body) => body.prompt === prompt)).toBe(false);

  // Two fit: both go.
  await page.getByLabel("Takes", { exact: true }).selectOption("2");
  await page.getByRole("button", { name: "Generate ×2" }).click();
  await expect.poll(async () => (await sim.submits()).filter((body) => body.prompt === prompt).length).toBe(2);
});
