import { expect, test } from "./fixtures";
import { watchActionCalls } from "./support/action-calls";

test.describe("durable generations", () => {
  test("a server restart in the middle of a generation loses nothing", async ({ studio, stack, page }) => {
    const prompt = `Restart-proof: a kite over dunes ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    await expect(studio.card(prompt).getByRole("progressbar")).toBeVisible();

    await stack.restartApp();
    await page.reload();
    const facts = await studio.videoFacts(studio.card(prompt));
    expect(facts.duration).toBeGreaterThan(4.5);
  });

  test("rate limits and server errors while polling do not lose the task", async ({ studio, sim, page }) => {
    const prompt = `Flaky polls: fireflies in a jar ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    await expect(card).toBeVisible();
    await sim.fault("poll", "429", { times: 2 });
    await sim.fault("poll", "500", { times: 2 });
    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(4.5);

    // The faults really fired, on this task's polls, in order, and the task was still asked after them.
    const generationId = await card.getAttribute("data-generation-id");
    const answer = await page.request.get(`/api/generations?ids=${generationId}`);
    const [generation] = (await answer.json()).generations as Array<{ taskId: string }>;
    const polls = (await sim.requests()).filter((request) =>
      request.path.startsWith(`/v1/tasks/${generation?.taskId}`),
    );
    expect(polls.filter((request) => request.fault).map((request) => [request.fault, request.status])).toEqual([
      ["429", 429],
      ["429", 429],
      ["500", 500],
      ["500", 500],
    ]);
    const lastFault = polls.findLastIndex((request) => request.fault);
    expect(polls.slice(lastFault + 1).some((request) => request.status === 200)).toBe(true);
    expect((await sim.queuedFaults()).poll).toEqual([]);
  });

  test("a failed task shows its mapped message and Retry sends the same recipe again", async ({
    studio,
    sim,
    page,
  }) => {
    const prompt = `Moderated: a forbidden dance ${Date.now()}`;
    await sim.failNextTask({
      code: "task_failed",
      message: "content moderation: sensitive content detected",
      type: "task_failed",
    });
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.choose("Quality", "Pro 1080p");
    await studio.generate.click();
    const failed = studio.card(prompt).and(page.locator("[data-status=failed]"));
    await expect(failed).toBeVisible({ timeout: 60_000 });
    await expect(failed).toContainText("content policy");
    await expect(failed).not.toContainText("task_failed");
    await page.screenshot({ path: "test-results/screens/failed-task.png" });

    await failed.getByRole("button", { name: /^Retry/ }).click();
    await expect(page.locator(`[data-status=completed]`).filter({ hasText: prompt })).toBeVisible({ timeout: 60_000 });
    const sent = (await sim.submits()).filter((body) => body.prompt === prompt);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  test("a double click on Generate makes one task, stopped in the browser before it reaches the server", async ({
    studio,
    sim,
    page,
  }) => {
    // Two layers can stop the second click: the composer (no second server-action call) and the server (same
    // draft id, same task). Counted apart, a regression in either one shows up as its own failure.
    const actions = watchActionCalls(page);
    const prompt = `Double click: one paid run only ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.dblclick();
    await expect(studio.card(prompt)).toHaveCount(1);
    await expect.poll(actions.settled).toBe(true);
    expect((await sim.submits()).filter((body) => body.prompt === prompt).length, "tasks upstream").toBe(1);
    expect(actions.count(), "the composer sent the second click to the server").toBe(1);
  });
});
