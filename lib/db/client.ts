import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { asStorageError } from "@/lib/storage/storage-error";
import * as schema from "./schema";

/**
 * The database handle every `lib/db` function takes. Code above this folder only awaits Drizzle builders and
 * uses `.returning()`, so a Postgres handle of the same schema shape can take this type's place.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openDb(file: string, options: { migrationsFolder?: string } = {}): Db {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file);
    // WAL lets the poll route read while a refresh writes; busy_timeout rides out short write locks.
    sqlite.pragma("journal_mode = WAL");
    // FULL: a commit is on disk before the statement returns (a task id must survive a power cut).
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: options.migrationsFolder ?? migrationsFolder });
    return db;
  } catch (error) {
    throw asStorageError(error, `opening ${file}`);
  }
}

/** Closes the underlying SQLite file (tests, shutdown). */
export function closeDb(db: Db): void {
  db.$client.close();
}
