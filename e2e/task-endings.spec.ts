import { expect, test } from "./fixtures";
import { generationOf, pollsOf, taskIdOf } from "./support/generations";
import { screens } from "./support/screens";

// "Lost" after 4 s of not-found (the default is a minute), and a key check every 2 s while paused.
test.use({ appEnv: { LOST_AFTER_MS: "4000", AUTH_RECHECK_MS: "2000" } });

test.describe("every state ends", () => {
  test("a task APIMart forgot ends as 'Lost upstream' with its task id, and is never polled again", async ({
    studio,
    sim,
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const prompt = `Forgotten: a comet over a city ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    const taskId = await taskIdOf(page, card);
    await sim.forget(taskId);

    await expect(card).toContainText("Lost upstream", { timeout: 30_000 });
    await expect(card).toHaveAttribute("data-status", "lost");
    await expect(card.getByText(taskId, { exact: true })).toBeVisible();
    await card.getByRole("button", { name: "Copy task id" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(taskId);
    await screens(page, "lost");
    const polls = (await pollsOf(sim, taskId)).length;

    // Another whole generation runs (many sweeps) while the lost one stays untouched.
    const other = `After the loss: a kite ${Date.now()}`;
    await studio.prompt.fill(other);
    await studio.generate.click();
    await studio.videoFacts(studio.card(other));
    expect(await pollsOf(sim, taskId)).toHaveLength(polls);
    await page.reload();
    await expect(studio.card(prompt)).toContainText("Lost upstream");
  });

  test("a result whose link died before it was kept ends as 'Result expired before it could be kept'", async ({
    studio,
    sim,
    page,
  }) => {
    const prompt = `Expires early: fog on a bridge ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    const taskId = await taskIdOf(page, card);
    // The result link will answer 410 from the moment it exists, and upstream has no fresh one.
    await sim.expire({ taskId, status: 410 });

    await expect(card).toContainText("Result expired before it could be kept", { timeout: 60_000 });
    await expect(card).toHaveAttribute("data-status", "expired");
    await expect(card.getByText(taskId, { exact: true })).toBeVisible();
    await screens(page, "expired");
    // Terminal: while another whole generation runs, nothing more is asked about this one.
    const polls = (await pollsOf(sim, taskId)).length;
    const other = `After the expiry: a tram ${Date.now()}`;
    await studio.prompt.fill(other);
    await studio.generate.click();
    await studio.videoFacts(studio.card(other));
    expect(await pollsOf(sim, taskId)).toHaveLength(polls);
    const generation = await generationOf(page, card);
    expect(generation.error?.message).toBe("Result expired before it could be kept");
  });

  test("a refused key (403) pauses all polling behind one banner, checks rarely, and resumes by itself", async ({
    studio,
    sim,
    page,
  }) => {
    const prompt = `Refused key: a glass whale ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    const taskId = await taskIdOf(page, card);
    await sim.fault("poll", "403", { times: 1000 });

    const banner = page.getByRole("alert").filter({ hasText: "Checking on your videos is paused" });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText("not allowed for this model");
    await expect(page.getByRole("alert").filter({ hasText: "paused" })).toHaveCount(1);
    await screens(page, "paused");

    // While paused, one check per AUTH_RECHECK_MS (2 s), not one per tick.
    await expect
      .poll(async () => (await pollsOf(sim, taskId)).filter((poll) => poll.fault).length, {
        timeout: 30_000,
      })
      .toBeGreaterThanOrEqual(3);
    const refused = (await pollsOf(sim, taskId)).filter((poll) => poll.fault === "403");
    for (let i = 1; i < refused.length; i++) {
      const gap = Date.parse(refused[i]?.time ?? "") - Date.parse(refused[i - 1]?.time ?? "");
      expect(gap).toBeGreaterThanOrEqual(1_900);
    }

    await sim.clearFaults();
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(4.5);
  });
});
