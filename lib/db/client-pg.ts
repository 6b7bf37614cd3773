import "server-only";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { asStorageError } from "@/lib/storage/storage-error";
import * as pgAuthSchema from "./auth-schema-pg";
import type { Db, Tables } from "./client";
import * as pgAppSchema from "./schema-pg";

const pgSchema = { ...pgAppSchema, ...pgAuthSchema };

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations-pg");

/**
 * Any fixed 64-bit number shared by every instance of the app: `pg_advisory_lock` on it serialises migrations,
 * so instances starting together cannot both create the same table (Drizzle's migrator alone races there).
 */
const MIGRATION_LOCK = 7_301_190_411n;

/**
 * A pool whose queries wait until the schema is migrated. Opening stays synchronous (the composition root builds
 * its context without awaiting), and no statement can reach a table before its migration ran; a failed migration
 * fails every query with that error instead of half-working.
 */
class MigratedPool extends pg.Pool {
  ready: Promise<void> = Promise.resolve();

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads; Drizzle calls the promise form only.
  override query(...args: any[]): any {
    return this.ready.then(() => (super.query as (...a: unknown[]) => unknown).apply(this, args));
  }
}

/** Applies the Postgres migrations on one dedicated connection while holding the advisory lock. */
export async function migratePostgres(pool: pg.Pool, folder = migrationsFolder): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK.toString()]);
    try {
      await migrate(drizzle(client), { migrationsFolder: folder });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK.toString()]);
    }
  } finally {
    client.release();
  }
}

/**
 * Connects to Postgres (`DATABASE_URL`) and migrates it before the first statement runs. Creates no file.
 * `max` is per process (and Next bundles the server more than once): keep it small, the work is short statements.
 */
export function openPostgres(url: string, options: { max?: number; migrationsFolder?: string } = {}): Db {
  const pool = new MigratedPool({ connectionString: url, max: options.max ?? 5, idleTimeoutMillis: 10_000 });
  // An idle client losing its connection (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const migrated = migratePostgres(pool, options.migrationsFolder).catch((error: unknown) => {
    throw asStorageError(error, "migrating the Postgres database");
  });
  // Unhandled until a query awaits it; the failure is reported there.
  migrated.catch(() => {});
  pool.ready = migrated;
  const orm = drizzle(pool, { schema: pgSchema });
  return Object.assign(orm as unknown as Db, {
    engine: "postgres" as const,
    tables: pgSchema as unknown as Tables,
    close: async () => {
      await migrated.catch(() => {});
      await pool.end();
    },
  });
}
