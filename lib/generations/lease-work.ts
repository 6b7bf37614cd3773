import "server-only";
import { randomUUID } from "node:crypto";
import type { GenerationPatch, GenerationRow } from "@/lib/db/generations";
import { claimLease, type LeaseJob, renewLease, updateLeased } from "@/lib/db/leases";
import { logError } from "@/lib/log";
import type { LifecycleDeps } from "./deps";

/** A row claimed for one job, and the only way to write to it while the claim holds. */
export type HeldRow = {
  row: GenerationRow;
  token: string;
  /** Writes under the lease; `release` ends it. Undefined when the lease was lost to another worker. */
  save(patch: Omit<GenerationPatch, "updatedAt">, options?: { release?: boolean }): Promise<GenerationRow | undefined>;
};

export function heldRow(deps: LifecycleDeps, row: GenerationRow, token: string): HeldRow {
  return {
    row,
    token,
    save: (patch, options = {}) =>
      updateLeased(
        deps.db,
        row.id,
        token,
        { ...patch, updatedAt: deps.clock.now() },
        { release: options.release ?? true },
      ),
  };
}

/** Renews the lease while long work runs (a download, a 45 s submit), so a short lease still covers it. */
export function keepLeaseAlive(deps: LifecycleDeps, id: string, token: string): () => void {
  const every = Math.max(50, Math.floor(deps.settings.leaseMs / 3));
  const timer = setInterval(() => {
    renewLease(deps.db, id, token, deps.clock.now() + deps.settings.leaseMs).catch((error: unknown) =>
      logError(`lease ${id}`, error),
    );
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs `work` on the row if this worker can claim `job` on it now (due, and no one else holds it); undefined
 * otherwise. The lease is renewed while the work runs and released after it, whatever happens.
 */
export async function withLease<T>(
  deps: LifecycleDeps,
  id: string,
  job: LeaseJob,
  work: (held: HeldRow) => Promise<T>,
  options: { force?: boolean } = {},
): Promise<T | undefined> {
  const now = deps.clock.now();
  const token = randomUUID();
  const lease = { owner: deps.instanceId, token, until: now + deps.settings.leaseMs };
  const row = await claimLease(deps.db, id, job, lease, { now, force: options.force });
  if (!row) return undefined;
  const stop = keepLeaseAlive(deps, id, token);
  try {
    return await work(heldRow(deps, row, token));
  } finally {
    stop();
    // Usually released already by the work's last write; this only matters when the work threw.
    await updateLeased(deps.db, id, token, { updatedAt: deps.clock.now() }, { release: true }).catch((error: unknown) =>
      logError(`release lease ${id}`, error),
    );
  }
}
