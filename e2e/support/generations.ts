import { expect, type Locator, type Page } from "@playwright/test";
import type { GenerationView } from "../../lib/generations/view";
import type { SimulatorControl } from "./simulator-control";

/** What the app says about the generation behind a card (its poll route, as the browser reads it). */
export async function generationOf(page: Page, card: Locator): Promise<GenerationView> {
  const id = await card.getAttribute("data-generation-id");
  const answer = await page.request.get(`/api/generations?ids=${id}`);
  const [generation] = ((await answer.json()) as { generations: GenerationView[] }).generations;
  if (!generation) throw new Error(`no generation ${id}`);
  return generation;
}

/** Waits until the card's generation has an upstream task id, and returns it. */
export async function taskIdOf(page: Page, card: Locator): Promise<string> {
  await expect.poll(async () => (await generationOf(page, card)).taskId, { timeout: 60_000 }).toMatch(/^task_/);
  return (await generationOf(page, card)).taskId ?? "";
}

/** The polls the simulator received for one task. */
export async function pollsOf(sim: SimulatorControl, taskId: string) {
  return (await sim.requests()).filter((request) => request.path.startsWith(`/v1/tasks/${taskId}`));
}

/** The submits (answered or not) the simulator received for one prompt. */
export async function submitsFor(sim: SimulatorControl, prompt: string) {
  return (await sim.requests()).filter(
    (request) =>
      request.method === "POST" &&
      request.path === "/v1/videos/generations" &&
      (request.body as { prompt?: string } | undefined)?.prompt === prompt,
  );
}
