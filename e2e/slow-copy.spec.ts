import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { generationOf, pollsOf, taskIdOf } from "./support/generations";
import { storedMedia } from "./support/stored-media";

// A dead instance's claim on a copy runs out after 3 s (renewed every second while it is alive).
test.use({ appEnv: { LEASE_MS: "3000" } });

test.describe("result copies", () => {
  test("a 45 s copy does not hold up anything else: other tasks keep polling and finish meanwhile", async ({
    studio,
    sim,
    page,
  }) => {
    const slow = `Slow host: a cathedral of ice ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(slow);
    await studio.generate.click();
    const slowCard = studio.card(slow);
    const slowTask = await taskIdOf(page, slowCard);
    await sim.setTaskVariants(slowTask, { download_ms: 45_000 });

    await expect(slowCard).toHaveAttribute("data-status", "saving", { timeout: 30_000 });
    await expect(slowCard).toContainText("Saving video");
    // When the app had asked upstream about the slow task for the last time (its copy starts right after).
    const copyStarted = (await pollsOf(sim, slowTask)).at(-1)?.time ?? "";

    // Sent while the copy runs: their whole lives (submit, polls, copy) happen during it.
    const others = [`Meanwhile one: a red fox ${Date.now()}`, `Meanwhile two: a blue heron ${Date.now()}`];
    for (const prompt of others) {
      await studio.prompt.fill(prompt);
      await studio.generate.click();
      await expect(studio.card(prompt)).toBeVisible();
    }
    for (const prompt of others) {
      const card = studio.card(prompt);
      expect((await studio.videoFacts(card)).duration).toBeGreaterThan(4.5);
      const taskId = (await generationOf(page, card)).taskId ?? "";
      expect((await pollsOf(sim, taskId)).some((poll) => poll.time > copyStarted)).toBe(true);
    }
    // Both finished while the slow copy was still running.
    await expect(slowCard).toHaveAttribute("data-status", "saving");
    expect((await studio.videoFacts(slowCard)).duration).toBeGreaterThan(4.5);
  });

  test("a crash mid-copy never serves a partial file, and the copy is made again on start", async ({
    studio,
    sim,
    stack,
    page,
  }) => {
    const prompt = `Crash mid-copy: a hot-air balloon ${Date.now()}`;
    await studio.open();
    await studio.prompt.fill(prompt);
    await studio.generate.click();
    const card = studio.card(prompt);
    const taskId = await taskIdOf(page, card);
    await sim.setTaskVariants(taskId, { download_ms: 20_000 });
    await expect(card).toHaveAttribute("data-status", "saving", { timeout: 30_000 });
    const { id } = await generationOf(page, card);
    const media = storedMedia(stack);
    const scratch = media.scratchDir;
    // Whatever the downloader is writing: the download in progress, under a scratch name.
    const partial = () => (fs.existsSync(scratch) ? fs.readdirSync(scratch) : []);
    await expect.poll(() => partial().length, { timeout: 30_000 }).toBeGreaterThan(0);
    const leftovers = partial();

    await stack.killApp();
    expect(await media.size("videos", `${id}.mp4`)).toBeUndefined();
    await stack.startApp();
    // The crash's partial files are gone at start, and none is reachable meanwhile.
    for (const name of leftovers) expect(fs.existsSync(path.join(scratch, name))).toBe(false);
    for (const url of [
      `/media/videos/${id}.mp4.part`,
      `/media/.scratch/${leftovers[0]}`,
      `/media/videos/${leftovers[0]}`,
    ]) {
      expect((await page.request.get(url)).status(), url).toBe(404);
    }

    // Until the copy is complete, the video's URL answers 404; the first answer that is not a 404 is the whole file.
    await page.reload();
    const statuses: number[] = [];
    let served = 0;
    await expect
      .poll(
        async () => {
          const response = await page.request.get(`/media/videos/${id}.mp4`);
          statuses.push(response.status());
          if (response.status() === 200) served = (await response.body()).length;
          return response.status();
        },
        { timeout: 60_000, intervals: [500] },
      )
      .toBe(200);
    expect(statuses.slice(0, -1).every((status) => status === 404)).toBe(true);
    expect(statuses.length).toBeGreaterThan(1);
    expect(served).toBe(await media.size("videos", `${id}.mp4`));
    expect((await studio.videoFacts(studio.card(prompt))).duration).toBeGreaterThan(4.5);
  });
});
