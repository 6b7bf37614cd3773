import { estimateCost } from "../lib/apimart/prices";
import { expect, test } from "./fixtures";
import { generationOf, pollsOf, submitsFor } from "./support/generations";
import { screens } from "./support/screens";

// Short waits so "no answer" and "a dead instance's claim ran out" happen within the test.
test.use({ appEnv: { SUBMIT_TIMEOUT_MS: "3000", LEASE_MS: "3000" } });

test.describe("a submit whose answer never comes", () => {
  test("shows 'Checking with APIMart…', asks again with the same key, and ends with exactly one task and the video", async ({
    studio,
    sim,
    page,
  }) => {
    const prompt = `Unanswered: a paper boat in the rain ${Date.now()}`;
    const before = await sim.balance();
    // The task is created (and charged) upstream, then the answer is lost.
    await sim.fault("submit", "hang", { stage: "after", hangMs: 60_000 });
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    await expect(card).toContainText("Checking with APIMart", { timeout: 20_000 });
    await screens(page, "checking");

    const facts = await studio.videoFacts(card);
    expect(facts.duration).toBeGreaterThan(4.5);
    const submits = await submitsFor(sim, prompt);
    expect(submits.length).toBeGreaterThanOrEqual(2);
    // Identical body and Idempotency-Key every time: APIMart answered the retry with the original task.
    expect(new Set(submits.map((submit) => JSON.stringify(submit.body))).size).toBe(1);
    const keys = new Set(submits.map((submit) => submit.headers["idempotency-key"]));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[\w-]{20,}$/);
    // Exactly one task was made and charged: the balance moved by one clip's price, no more.
    const after = await sim.balance();
    expect(after.success && before.success && Math.round((after.used_balance - before.used_balance) * 1e6)).toBe(
      estimateCost({ mode: "std", seconds: 5, withVideo: false }).microUsd,
    );
    const taskId = (await generationOf(page, card)).taskId ?? "";
    expect((await pollsOf(sim, taskId)).length).toBeGreaterThan(0);
  });
});
