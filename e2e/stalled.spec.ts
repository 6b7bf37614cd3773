import { expect, test } from "./fixtures";

// A short limit so "taking far longer than estimated" happens within the test.
test.use({ appEnv: { STALL_AFTER_MS: "6000" } });

test("a task that runs far past its estimate is kept, with its id, and can be checked again", async ({
  studio,
  sim,
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const prompt = `Never finishes: an endless staircase ${Date.now()}`;
  await sim.stickNextTask();
  await studio.open();
  await studio.prompt.fill(prompt);
  await studio.generate.click();
  const card = studio.card(prompt);
  await expect(card).toContainText("Still running upstream", { timeout: 30_000 });
  const taskId = (await sim.requests())
    .find((request) => request.path.startsWith("/v1/tasks/"))
    ?.path.split("?")[0]
    ?.split("/")
    .pop();
  expect(taskId).toMatch(/^task_/);
  await expect(card.getByText(taskId ?? "", { exact: true }).first()).toBeVisible();
  await card.getByRole("button", { name: "Copy task id" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(taskId);
  await page.screenshot({ path: "test-results/screens/stalled.png", fullPage: true });

  const before = (await sim.requests()).filter((request) => request.path.startsWith(`/v1/tasks/${taskId}`)).length;
  await card.getByRole("button", { name: /^Check again/ }).click();
  await expect(page.getByRole("status")).toContainText("Still running upstream.");
  const after = (await sim.requests()).filter((request) => request.path.startsWith(`/v1/tasks/${taskId}`)).length;
  expect(after).toBeGreaterThan(before);

  // Still there after a reload: nothing was abandoned.
  await page.reload();
  await expect(studio.card(prompt)).toContainText("Still running upstream");
});
