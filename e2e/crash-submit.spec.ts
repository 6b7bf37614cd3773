import { expect, test } from "./fixtures";
import { submitsFor, taskIdOf } from "./support/generations";

// The app is still waiting for APIMart (20 s) when it is killed; its claim runs out 3 s after it died.
test.use({ appEnv: { SUBMIT_TIMEOUT_MS: "20000", LEASE_MS: "3000" } });

test.describe("a submit cut off by a crash", () => {
  test("the app killed mid-submit resumes the same submit on start: one task, and the video", async ({
    studio,
    sim,
    stack,
    page,
  }) => {
    const prompt = `Crash mid-submit: a lantern on a lake ${Date.now()}`;
    await sim.fault("submit", "hang", { hangMs: 120_000 });
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    // The submit reached APIMart and is waiting for an answer: now the server dies.
    const hanging = async () =>
      (await sim.requests()).filter((request) => request.path === "/v1/videos/generations" && request.fault === "hang");
    await expect.poll(async () => (await hanging()).length).toBe(1);
    const key = (await hanging())[0]?.headers["idempotency-key"];
    expect(key).toMatch(/^[\w-]{20,}$/);
    await stack.killApp();
    await stack.startApp();
    await page.reload();

    const card = studio.card(prompt);
    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(4.5);
    // The resumed submit carried the same key and the stored body; it is the only one that made a task.
    const answered = await submitsFor(sim, prompt);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.headers["idempotency-key"]).toBe(key);
    expect(answered[0]?.status).toBe(200);
    expect(await taskIdOf(page, card)).toMatch(/^task_/);
  });
});
