import "server-only";
import type { UpstreamTask } from "@/lib/apimart";
import type { GenerationRow } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { LifecycleDeps } from "./deps";
import { withLease } from "./lease-work";
import { isAuthRefusal, pollFailurePatch } from "./poll-failure";
import { taskPatch } from "./task-patch";
import { clearUpstreamPause, pauseUpstream } from "./upstream-pause";

export type PollOptions = {
  /** "Check again": ask now even if the row is not due (and even if it was given up as lost). */
  force?: boolean;
  /** The sweep's one check while polling is paused: a success lifts the pause. */
  probe?: boolean;
};

/**
 * Asks upstream about one task, under the row's `poll` lease (one refresh per generation at a time, across
 * processes and instances), and applies the answer. Undefined when the row was not due or someone else holds it.
 * Only a poll happens here; copying a finished result is the separate `copy` job.
 */
export async function pollTask(
  deps: LifecycleDeps,
  id: string,
  options: PollOptions = {},
): Promise<GenerationRow | undefined> {
  return withLease(
    deps,
    id,
    "poll",
    async (held) => {
      const { row } = held;
      let task: UpstreamTask;
      try {
        task = await deps.upstream.getTask(row.taskId ?? "");
      } catch (error) {
        logPollFailure(row, error);
        const patch = pollFailurePatch(row, error, deps.clock.now(), deps.settings);
        if (isAuthRefusal(error)) await pauseUpstream(deps, error);
        return (await held.save(patch)) ?? row;
      }
      const saved = await held.save(taskPatch(row, task, deps.clock.now(), deps.settings.poll));
      if (options.probe || options.force) await clearUpstreamPause(deps);
      return saved ?? row;
    },
    { force: options.force },
  );
}

function logPollFailure(row: GenerationRow, error: unknown): void {
  if (error instanceof AppError) logError(`poll ${row.id} (${error.code})`, error.detail ?? error.message);
  else logError(`poll ${row.id}`, error);
}
