import "server-only";
import { type AppContext, appContext } from "@/lib/app-context";
import { claimSlot } from "@/lib/db/app-state";
import { purgeDeleted } from "@/lib/generations/manage";
import { createSweeper } from "@/lib/generations/sweep";
import { logError, logInfo } from "@/lib/log";
import { collectUnusedMedia } from "@/lib/media/collect-unused";

const SWEEP_EVERY_MS = 1_000;
const PURGE_EVERY_MS = 5_000;
const COLLECT_EVERY_MS = 60 * 60 * 1000;
/** Instances check often whether the hourly collection is due; the database gives each hour to one of them. */
const COLLECT_CHECK_MS = 60 * 1000;

function every(ms: number, what: string, work: () => Promise<unknown>): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((error: unknown) => logError(what, error))
      .finally(() => {
        running = false;
      });
  }, ms);
  timer.unref();
}

/**
 * Validates config, opens the database (applying migrations) and removes scratch files a crash left, then keeps
 * unfinished work moving: the sweep (polls, copies, unanswered submits), the purge of deleted videos, and the
 * collector of unused media.
 */
export async function startBackgroundWork(context: AppContext = appContext()): Promise<void> {
  const { config } = context;
  logInfo(
    config.usingSimulator
      ? `upstream: built-in APIMart simulator at ${config.apiBaseUrl} (no APIMART_API_KEY set)`
      : `upstream: ${config.apiBaseUrl}`,
  );
  const cleaned = await context.storage.cleanScratch();
  if (cleaned > 0) logInfo(`removed ${cleaned} temporary file(s) left by an earlier run`);
  const sweeper = createSweeper(context);
  every(SWEEP_EVERY_MS, "sweep", () => sweeper.tick());
  every(PURGE_EVERY_MS, "purge", () => purgeDeleted(context));
  every(COLLECT_CHECK_MS, "collect unused media", async () => {
    const now = context.clock.now();
    if (!(await claimSlot(context.db, "schedule:collect-media", now, COLLECT_EVERY_MS, context.instanceId))) return;
    const collected = await collectUnusedMedia(context);
    if (collected.files + collected.images > 0) {
      logInfo(`collected ${collected.images} unused image(s), ${collected.files} file(s), ${collected.bytes} bytes`);
    }
  });
}
