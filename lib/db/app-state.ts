import "server-only";
import { eq, lte } from "drizzle-orm";
import type { Db } from "./client";
import { run, stored } from "./write";

/** A shared fact by key (JSON), or undefined. */
export async function readState(db: Db, key: string): Promise<unknown> {
  const { appState } = db.tables;
  const rows = await run("reading app state", () => db.select().from(appState).where(eq(appState.key, key)));
  const row = rows[0];
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export async function writeState(db: Db, key: string, value: unknown, now: number): Promise<void> {
  const { appState } = db.tables;
  const row = { key, value: JSON.stringify(value), updatedAt: now };
  stored(
    await run("saving app state", () =>
      db
        .insert(appState)
        .values(row)
        .onConflictDoUpdate({ target: appState.key, set: { value: row.value, updatedAt: now } })
        .returning(),
    ),
    "app state",
  );
}

export async function deleteState(db: Db, key: string): Promise<void> {
  const { appState } = db.tables;
  await run("clearing app state", () => db.delete(appState).where(eq(appState.key, key)).returning());
}

/**
 * Takes a recurring slot (the hourly media collection) for this instance: true for exactly one caller per
 * `everyMs`, across every instance on the database. One statement on both engines:
 * `INSERT … ON CONFLICT (key) DO UPDATE … WHERE updated_at <= now - every RETURNING`.
 */
export async function claimSlot(db: Db, key: string, now: number, everyMs: number, owner: string): Promise<boolean> {
  const { appState } = db.tables;
  const value = JSON.stringify({ owner, at: now });
  const rows = await run("claiming a scheduled job", () =>
    db
      .insert(appState)
      .values({ key, value, updatedAt: now })
      .onConflictDoUpdate({
        target: appState.key,
        set: { value, updatedAt: now },
        setWhere: lte(appState.updatedAt, now - everyMs),
      })
      .returning({ key: appState.key }),
  );
  return rows.length === 1;
}
