import "server-only";
import path from "node:path";
import type { Db } from "./client";
import { openDb } from "./client";
import { openPostgres } from "./client-pg";

/**
 * The app's database: Postgres when `DATABASE_URL` is set (no SQLite file is created then), else the SQLite file
 * in the data folder, exactly as a fresh checkout has it.
 */
export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Db {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openDb(path.join(options.dataDir, "o1studio.db"));
}
