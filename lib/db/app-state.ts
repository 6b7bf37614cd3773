import "server-only";
import { eq } from "drizzle-orm";
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
