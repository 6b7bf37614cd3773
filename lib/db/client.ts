import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { asStorageError } from "@/lib/storage/storage-error";
import * as authSchema from "./auth-schema";
import * as appSchema from "./schema";

export type Dialect = "sqlite" | "postgres";

const schema = { ...appSchema, ...authSchema };

/** The tables as `lib/db` uses them: the SQLite schema's types (the Postgres twin has the same row types). */
export type Tables = typeof schema;

/**
 * The database handle every `lib/db` function takes. Its builder API is typed as SQLite's; on Postgres the same
 * object is a node-postgres Drizzle database whose `tables` are the Postgres twins (`schema-pg.ts`), so code here
 * must only use what both dialects share: awaited builders, `.returning()`, `INSERT … ON CONFLICT`, no `.get()`,
 * `.run()`, `.all()` or transactions, and the tables from `db.tables` (never imported from a schema file).
 * What differs between the dialects lives in small functions that branch on `db.engine` (see `lease-claim.ts`).
 */
export type Db = BetterSQLite3Database<Tables> & {
  engine: Dialect;
  tables: Tables;
  /** Closes the connection(s): the SQLite file, or the Postgres pool. */
  close(): Promise<void>;
};

/** A SQLite handle, with the better-sqlite3 connection underneath (tests reach it to count statements). */
export type SqliteDb = Db & { $client: Database.Database };

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Wraps an open better-sqlite3 connection (already migrated) as a `Db`. */
export function sqliteDb(sqlite: Database.Database): SqliteDb {
  return Object.assign(drizzle(sqlite, { schema }), {
    engine: "sqlite" as const,
    tables: schema,
    close: async () => {
      sqlite.close();
    },
  });
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openDb(file: string, options: { migrationsFolder?: string } = {}): SqliteDb {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file);
    // WAL lets the poll route read while a refresh writes; busy_timeout rides out short write locks.
    sqlite.pragma("journal_mode = WAL");
    // FULL: a commit is on disk before the statement returns (a task id must survive a power cut).
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    const db = sqliteDb(sqlite);
    migrate(db, { migrationsFolder: options.migrationsFolder ?? migrationsFolder });
    return db;
  } catch (error) {
    throw asStorageError(error, `opening ${file}`);
  }
}

/** Closes the database (tests, shutdown). */
export function closeDb(db: Db): Promise<void> {
  return db.close();
}
