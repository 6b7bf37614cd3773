import { type GenerationView, isTerminal } from "./view";

export const STUDIO_TITLE = "O1 Studio";

/**
 * The tab title while takes are running, so a creator in another tab sees them move:
 * "42% · O1 Studio" for one, "2 running · 42% · O1 Studio" for more (the least advanced one's progress).
 * Stalled takes are left out: they are checked rarely and would pin the title.
 */
export function tabTitle(generations: ReadonlyArray<Pick<GenerationView, "status" | "progress" | "stalled">>) {
  const running = generations.filter((generation) => !isTerminal(generation.status) && !generation.stalled);
  if (running.length === 0) return STUDIO_TITLE;
  const slowest = Math.min(...running.map((generation) => generation.progress));
  const count = running.length > 1 ? `${running.length} running · ` : "";
  return `${count}${slowest}% · ${STUDIO_TITLE}`;
}
