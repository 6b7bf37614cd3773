import fs from "node:fs";
import { expect, test } from "./fixtures";
import { submitsFor } from "./support/generations";
import { screens } from "./support/screens";
import { fillDisk, mountTinyDisk } from "./support/tiny-disk";

// The app's DATA_DIR (database and media) lives on a 16 MB tmpfs this file can fill.
test.use({
  appEnv: [
    // biome-ignore lint: Playwright fixtures take an object pattern even when unused.
    async ({}, use) => {
      const disk = mountTinyDisk(16);
      await use({ DATA_DIR: disk.dir });
      disk.unmount();
    },
    { scope: "worker" },
  ],
});

test("a full disk: nothing is sent upstream, the creator is told, the draft is kept, and it goes through once space is back", async ({
  studio,
  sim,
  page,
  stack,
}) => {
  const prompt = `Full disk: a lighthouse keeper's diary ${Date.now()}`;
  await studio.open();
  await studio.prompt.fill(prompt);
  const dataDir = stack.appDataDir;
  const filler = fillDisk(dataDir);

  await studio.generate.click();
  const alert = page.getByRole("alert").filter({ hasText: "Could not save" });
  await expect(alert).toHaveText("Could not save — the app's storage is full or unwritable");
  await expect(studio.prompt).toHaveText(prompt);
  await expect(studio.card(prompt)).toHaveCount(0);
  expect(await submitsFor(sim, prompt)).toHaveLength(0);
  await screens(page, "storage-full");

  fs.rmSync(filler);
  await studio.generate.click();
  const facts = await studio.videoFacts(studio.card(prompt));
  expect(facts.duration).toBeGreaterThan(4.5);
  expect(await submitsFor(sim, prompt)).toHaveLength(1);
});
