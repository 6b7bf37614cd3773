import fs from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { addUser, OWNER, signIn, TEST_LIMITS, type TestAccount } from "./support/accounts";
import { callAction } from "./support/call-action";
import { SimulatorControl } from "./support/simulator-control";
import { Stack } from "./support/stack";
import { ComposerPage, StudioPage } from "./support/studio-page";
import { makeTestImages } from "./support/test-images";

type WorkerFixtures = {
  appEnv: Record<string, string>;
  stack: Stack;
  images: Awaited<ReturnType<typeof makeTestImages>>;
  /** The studio's owner, created through `npm run users -- add --owner` once per stack. */
  owner: TestAccount;
  /** The owner's signed-in cookies, saved once per stack; every page starts signed in as the owner. */
  ownerState: string;
  /** The owner's session as a Cookie header value, for raw requests (node:http, fetch). */
  ownerCookie: string;
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
  owner: [
    async ({ stack }, use) => {
      await addUser(stack, OWNER, { owner: true });
      await use(OWNER);
    },
    { scope: "worker" },
  ],
  ownerState: [
    async ({ stack, owner, playwright }, use) => {
      const request = await playwright.request.newContext();
      await signIn(request, stack, owner);
      const raised = await callAction(request, stack.appUrl, "saveLimits", TEST_LIMITS);
      if (!raised.text.includes('"ok":true'))
        throw new Error(`could not raise the test studio's limits: ${raised.text}`);
      const file = path.join(stack.dataDir, "owner-state.json");
      await request.storageState({ path: file });
      await request.dispose();
      await use(file);
    },
    { scope: "worker" },
  ],
  ownerCookie: [
    async ({ ownerState }, use) => {
      const state = JSON.parse(fs.readFileSync(ownerState, "utf8")) as {
        cookies: Array<{ name: string; value: string }>;
      };
      await use(state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; "));
    },
    { scope: "worker" },
  ],
  /** Signed in as the owner unless a spec says otherwise (`test.use({ storageState: signedOut })`). */
  storageState: async ({ ownerState }, use) => use(ownerState),
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

/** A browser state with no cookies: for specs about signing in and the first-run screen. */
export const signedOut = { cookies: [], origins: [] };

export { expect };
