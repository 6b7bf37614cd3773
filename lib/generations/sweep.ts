import "server-only";
import { dueIds, type LeaseJob } from "@/lib/db/leases";
import type { LifecycleDeps } from "./deps";
import { keepResult } from "./keep-result";
import { pollTask } from "./refresh";
import { resumeSubmit } from "./send-submit";
import { readUpstreamPause } from "./upstream-pause";
import { WorkLane } from "./work-lane";

/** Unanswered submits resent at once (each may wait SUBMIT_TIMEOUT_MS). */
const SUBMIT_LANE_SIZE = 2;

export type Sweeper = {
  /** Offers every lane the work that is due now; returns without waiting for it. */
  tick(): Promise<void>;
  /** Waits for all work started so far, or for one lane's (tests: the poll lane while a copy is held). */
  settle(lane?: "poll" | "copy" | "submit"): Promise<void>;
};

/**
 * The background sweep, so tasks finish and get kept with no browser watching, and resume after a restart.
 * Three bounded lanes — polls, result copies, unanswered submits — each fed only as far as it has room, so a
 * slow copy never delays a poll. Each job claims its row's lease first: another instance (or an overlapping
 * tick) holding it simply means the job is skipped. While APIMart refuses the key, polling pauses except for one
 * check every AUTH_RECHECK_MS.
 */
export function createSweeper(deps: LifecycleDeps): Sweeper {
  const lanes = {
    poll: new WorkLane("poll", deps.settings.pollConcurrency),
    copy: new WorkLane("copy", deps.settings.copyConcurrency),
    submit: new WorkLane("submit", SUBMIT_LANE_SIZE),
  };

  async function offer(job: LeaseJob, limit: number, run: (id: string) => Promise<unknown>): Promise<void> {
    const lane = lanes[job];
    const room = Math.min(lane.free, limit);
    if (room === 0) return;
    for (const id of await dueIds(deps.db, job, deps.clock.now(), room)) lane.start(() => run(id));
  }

  return {
    async tick() {
      const now = deps.clock.now();
      const pause = await readUpstreamPause(deps);
      if (!pause) await offer("poll", Number.POSITIVE_INFINITY, (id) => pollTask(deps, id));
      else if (pause.nextCheckAt <= now && lanes.poll.free === lanes.poll.size) {
        await offer("poll", 1, (id) => pollTask(deps, id, { probe: true }));
      }
      await offer("copy", Number.POSITIVE_INFINITY, (id) => keepResult(deps, id));
      await offer("submit", Number.POSITIVE_INFINITY, (id) => resumeSubmit(deps, id));
    },
    async settle(lane) {
      await Promise.all((lane ? [lanes[lane]] : Object.values(lanes)).map((each) => each.settle()));
    },
  };
}
