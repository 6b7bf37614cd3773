import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { purgeDeleted } from "@/lib/generations/manage";
import { sweepUnfinished } from "@/lib/generations/poll-generations";
import { logError, logInfo } from "@/lib/log";

const SWEEP_EVERY_MS = 2_000;

/** Validates config and opens the database (applying migrations), then keeps unfinished tasks moving. */
export function startBackgroundWork(): void {
  const config = env();
  db();
  logInfo(
    config.usingSimulator
      ? `upstream: built-in APIMart simulator at ${config.apiBaseUrl} (no APIMART_API_KEY set)`
      : `upstream: ${config.apiBaseUrl}`,
  );
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.all([sweepUnfinished(), purgeDeleted()])
      .catch((error: unknown) => logError("sweep", error))
      .finally(() => {
        running = false;
      });
  }, SWEEP_EVERY_MS);
  timer.unref();
}
