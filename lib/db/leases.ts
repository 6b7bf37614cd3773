import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { runningRowStatuses } from "@/lib/generations/status";
import type { Db, Tables } from "./client";
import type { GenerationPatch } from "./generations";
import { claimRows } from "./lease-claim";
import type { GenerationRow } from "./schema";
import { run } from "./write";

/**
 * Work on a generation row is done under a lease (owner, until, token), so one worker at a time polls, copies
 * or submits it — in this process or in another instance on the same database:
 * - `poll`: ask upstream about a running task;
 * - `copy`: keep a finished result in the app's storage;
 * - `submit`: send (again) a submit whose answer never came.
 * A claim is one atomic `UPDATE … WHERE <due> AND <lease free> RETURNING` (Postgres takes the row with
 * `FOR UPDATE SKIP LOCKED`, see `lease-claim.ts`); every write of the work carries the token and is refused once
 * the lease was taken over.
 */
export type LeaseJob = "poll" | "copy" | "submit";

export type Lease = { owner: string; token: string; until: number };

type Generations = Tables["generations"];

const leaseFree = (generations: Generations, now: number) =>
  or(isNull(generations.leaseUntil), lt(generations.leaseUntil, now));

const dueAt = (column: AnySQLiteColumn, now: number) => or(isNull(column), lte(column, now));

/** Which rows a job may take now. `force` (Check again) ignores the schedule and includes lost tasks. */
function dueFor(generations: Generations, job: LeaseJob, now: number, force = false): SQL | undefined {
  switch (job) {
    case "poll":
      return force
        ? and(inArray(generations.status, [...runningRowStatuses, "lost"]), isNotNull(generations.taskId))
        : and(
            inArray(generations.status, runningRowStatuses),
            isNotNull(generations.taskId),
            dueAt(generations.nextPollAt, now),
          );
    case "copy":
      return and(eq(generations.status, "saving"), dueAt(generations.nextCopyAt, now));
    case "submit":
      return and(eq(generations.status, "submitting"), dueAt(generations.nextSubmitAt, now));
  }
}

/** Ids of rows due for a job whose lease is free, soonest first. */
export async function dueIds(db: Db, job: LeaseJob, now: number, limit: number): Promise<string[]> {
  const { generations } = db.tables;
  const order = { poll: generations.nextPollAt, copy: generations.nextCopyAt, submit: generations.nextSubmitAt }[job];
  const rows = await run(`listing ${job} work`, () =>
    db
      .select({ id: generations.id })
      .from(generations)
      .where(and(dueFor(generations, job, now), leaseFree(generations, now)))
      // Unscheduled (null) first on both dialects; Postgres alone would sort nulls last.
      .orderBy(sql`${order} asc nulls first`)
      .limit(limit),
  );
  return rows.map((row) => row.id);
}

/** Takes the lease on one row if the job is due there and nobody holds it; the row as claimed, else undefined. */
export async function claimLease(
  db: Db,
  id: string,
  job: LeaseJob,
  lease: Lease,
  options: { now: number; force?: boolean },
): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const due = and(
    eq(generations.id, id),
    dueFor(generations, job, options.now, options.force),
    leaseFree(generations, options.now),
  );
  const set = { leaseOwner: lease.owner, leaseToken: lease.token, leaseUntil: lease.until };
  const rows = await run(`claiming ${job} work`, () => claimRows(db, due, set));
  return rows[0];
}

/** Extends a held lease; false when it was lost (expired and taken by another worker). */
export async function renewLease(db: Db, id: string, token: string, until: number): Promise<boolean> {
  const { generations } = db.tables;
  const rows = await run("renewing a lease", () =>
    db
      .update(generations)
      .set({ leaseUntil: until })
      .where(and(eq(generations.id, id), eq(generations.leaseToken, token)))
      .returning({ id: generations.id }),
  );
  return rows.length === 1;
}

/**
 * A write under the lease: applied only while `token` still holds it. `release` ends the lease in the same
 * statement. Undefined when the lease was lost, so a stale worker can never overwrite newer state.
 */
export async function updateLeased(
  db: Db,
  id: string,
  token: string,
  patch: GenerationPatch,
  options: { release: boolean },
): Promise<GenerationRow | undefined> {
  const { generations } = db.tables;
  const release = options.release ? { leaseOwner: null, leaseToken: null, leaseUntil: null } : {};
  const rows = await run("saving generation state", () =>
    db
      .update(generations)
      .set({ ...patch, ...release })
      .where(and(eq(generations.id, id), eq(generations.leaseToken, token)))
      .returning(),
  );
  return rows[0];
}
