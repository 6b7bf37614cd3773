import fs from "node:fs";
import { test as base, expect } from "@playwright/test";
import { SimulatorControl } from "./support/simulator-control";
import { Stack } from "./support/stack";
import { ComposerPage, StudioPage } from "./support/studio-page";
import { makeTestImages } from "./support/test-images";

type WorkerFixtures = {
  appEnv: Record<string, string>;
  stack: Stack;
  images: Awaited<ReturnType<typeof makeTestImages>>;
};
type TestFixtures = { sim: SimulatorControl; studio: StudioPage; composer: ComposerPage; appLogOnFailure: undefined };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /** Extra app environment for a spec file (`test.use({ appEnv })`); a different value gets its own stack. */
  appEnv: [{}, { option: true, scope: "worker" }],
  stack: [
    async ({ appEnv }, use) => {
      const stack = await Stack.start(appEnv);
      await use(stack);
      await stack.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  images: [
    // biome-ignore lint: Playwright fixtures take an object pattern even when unused.
    async ({}, use) => use(await makeTestImages()),
    { scope: "worker" },
  ],
  baseURL: async ({ stack }, use) => use(stack.appUrl),
  sim: async ({ stack }, use) => {
    const sim = new SimulatorControl(stack.simulatorUrl);
    await sim.restoreDefaults();
    await use(sim);
    await sim.restoreDefaults();
  },
  /** A failed test carries the app server's recent output, which usually says why. */
  appLogOnFailure: [
    async ({ stack }, use, testInfo) => {
      await use(undefined);
      if (testInfo.status !== testInfo.expectedStatus) {
        const file = testInfo.outputPath("app.log");
        fs.writeFileSync(file, stack.appLog());
        await testInfo.attach("app-log", { path: file, contentType: "text/plain" });
      }
    },
    { auto: true },
  ],
  studio: async ({ page }, use) => use(new StudioPage(page)),
  composer: async ({ page }, use) => use(new ComposerPage(page)),
});

export { expect };
