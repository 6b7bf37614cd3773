import "server-only";
import { z } from "zod";
import { deleteState, readState, writeState } from "@/lib/db/app-state";
import { toUserError } from "@/lib/errors";
import type { LifecycleDeps } from "./deps";

const KEY = "upstream_pause";

/**
 * APIMart refused the key (401/403). Every poll would only be refused again, so all polling pauses (in every
 * instance: the pause is in the database) and the studio shows one banner. One check runs every
 * AUTH_RECHECK_MS; the first poll or submit that succeeds lifts the pause.
 */
export type UpstreamPause = { message: string; since: number; nextCheckAt: number };

const pauseSchema = z.object({ message: z.string(), since: z.number(), nextCheckAt: z.number() });

export async function readUpstreamPause(deps: Pick<LifecycleDeps, "db">): Promise<UpstreamPause | undefined> {
  const parsed = pauseSchema.safeParse(await readState(deps.db, KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function pauseUpstream(deps: Pick<LifecycleDeps, "db" | "clock" | "settings">, error: unknown) {
  const now = deps.clock.now();
  const earlier = await readUpstreamPause(deps);
  const pause: UpstreamPause = {
    message: toUserError(error).message,
    since: earlier?.since ?? now,
    nextCheckAt: now + deps.settings.authRecheckMs,
  };
  await writeState(deps.db, KEY, pause, now);
  return pause;
}

/** Lifts the pause, if there is one (a read first, so the common case writes nothing). */
export async function clearUpstreamPause(deps: Pick<LifecycleDeps, "db">): Promise<void> {
  if (await readUpstreamPause(deps)) await deleteState(deps.db, KEY);
}
