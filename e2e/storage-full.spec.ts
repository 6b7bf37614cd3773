import fs from "node:fs";
import { expect, test } from "./fixtures";
import { scaleEngines } from "./support/engines";
import { submitsFor } from "./support/generations";
import { screens } from "./support/screens";
import type { Stack } from "./support/stack";
import { fillDisk, mountTinyDisk } from "./support/tiny-disk";
import { moveDatabaseOntoTinyDisk } from "./support/tiny-tablespace";

// By default the app's DATA_DIR (SQLite database and media) lives on a 16 MB tmpfs this file can fill. In the
// Postgres + S3 pass the database's tables move onto such a tmpfs instead (the submit's first write is a row).
if (scaleEngines) {
  // Its own stack, so its database is new: the submit's first row needs a new page, which the full disk refuses
  // (rows in a shared, used database would fit in pages it already has).
  test.use({ appEnv: { O1_E2E_STACK: "storage-full" } });
} else {
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
}

/** The disk the app's first write of a submit lands on, and a way to give its space back afterwards. */
async function fullableDisk(stack: Stack): Promise<{ dir: string; release(): Promise<void> }> {
  if (!stack.engines) return { dir: stack.appDataDir, release: async () => {} };
  const moved = await moveDatabaseOntoTinyDisk(stack.engines.databaseUrl, 16);
  return { dir: moved.dir, release: moved.restore };
}

test("a full disk: nothing is sent upstream, the creator is told, the draft is kept, and it goes through once space is back", async ({
  studio,
  sim,
  page,
  stack,
}) => {
  const prompt = `Full disk: a lighthouse keeper's diary ${Date.now()}`;
  await studio.open();
  await studio.prompt.fill(prompt);
  const disk = await fullableDisk(stack);
  try {
    const filler = fillDisk(disk.dir);

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
  } finally {
    await disk.release();
  }
});
