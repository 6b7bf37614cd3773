import { test as base, expect } from "@playwright/test";
import { SimulatorControl } from "./support/simulator-control";
import { Stack } from "./support/stack";
import { StudioPage } from "./support/studio-page";

type WorkerFixtures = { stack: Stack };
type TestFixtures = { sim: SimulatorControl; studio: StudioPage };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  stack: [
    // biome-ignore lint: Playwright fixtures take an object pattern even when unused.
    async ({}, use) => {
      const stack = await Stack.start();
      await use(stack);
      await stack.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ stack }, use) => use(stack.appUrl),
  sim: async ({ stack }, use) => {
    const sim = new SimulatorControl(stack.simulatorUrl);
    await sim.clearFaults();
    await use(sim);
    await sim.clearFaults();
  },
  studio: async ({ page }, use) => use(new StudioPage(page)),
});

export { expect };
