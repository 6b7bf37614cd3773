import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

const migrationsFolder = path.join(process.cwd(), "lib/db/migrations");

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openDb(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets the poll route read while a refresh writes; busy_timeout rides out short write locks.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}

// Kept on globalThis so dev-mode module reloads reuse one connection.
const globalForDb = globalThis as typeof globalThis & { __o1Db?: Db };

export function db(): Db {
  globalForDb.__o1Db ??= openDb(path.join(env().dataDir, "o1studio.db"));
  return globalForDb.__o1Db;
}
