import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Db } from "@/lib/db/client";
import { openDb } from "@/lib/db/client";
import { openPostgres } from "@/lib/db/client-pg";

/** A fresh, migrated, empty database of one engine, and how to throw it away. */
export type TestDatabase = { db: Db; url?: string; drop(): Promise<void> };

export type TestEngine = { name: "sqlite" | "postgres"; create(): Promise<TestDatabase> };

/**
 * The superuser URL of the throwaway Postgres server `scripts/test-engines.sh` starts (the README's test command
 * does). Without it the Postgres variants are skipped on a developer's machine, but never under CI.
 */
export const testPostgresUrl = process.env.TEST_POSTGRES_URL;

if (!testPostgresUrl && process.env.CI) {
  throw new Error(
    "CI runs the data-layer tests on Postgres too: start it with scripts/test-engines.sh (TEST_POSTGRES_URL)",
  );
}

const sqliteEngine: TestEngine = {
  name: "sqlite",
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-db-"));
    const db = openDb(path.join(dir, "o1studio.db"));
    return {
      db,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A new database on the test server: every test file (and every test that wants one) starts empty. */
export async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `o1_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

const postgresEngine = (adminUrl: string): TestEngine => ({
  name: "postgres",
  async create() {
    const database = await createPostgresDatabase(adminUrl);
    const db = openPostgres(database.url);
    return {
      db,
      url: database.url,
      drop: async () => {
        await db.close();
        await database.drop();
      },
    };
  },
});

/** Every engine the data layer must work on here: SQLite always, Postgres when the test server runs. */
export const testEngines: TestEngine[] = testPostgresUrl
  ? [sqliteEngine, postgresEngine(testPostgresUrl)]
  : [sqliteEngine];
