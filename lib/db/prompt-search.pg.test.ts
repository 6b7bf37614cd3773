import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "@/lib/db/client-pg";
import { createPostgresDatabase, testPostgresUrl } from "@/test-support/db-engines";
import type { Db } from "./client";
import { promptMatches } from "./prompt-search";

/**
 * Postgres answers prompt search from a GIN index: the condition promptMatches builds must be the very expression
 * the migration indexed, or every search reads the whole table (at thousands of takes, every keystroke).
 */
describe.skipIf(!testPostgresUrl)("prompt search on Postgres", () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Db;

  beforeAll(async () => {
    database = await createPostgresDatabase(testPostgresUrl ?? "");
    db = openPostgres(database.url);
    await db.select().from(db.tables.generations).limit(1);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it("plans the search condition on the generations_prompt_search index", async () => {
    const { generations } = db.tables;
    const query = db.select({ id: generations.id }).from(generations).where(promptMatches(db, "red car")).toSQL();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // A tiny table is cheaper to scan; forbid that so the plan shows whether the index can serve the condition.
    await client.query("SET enable_seqscan = off");
    const explained = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query.sql}`, query.params);
    await client.end();
    const plan = explained.rows.map((row) => row["QUERY PLAN"]).join("\n");
    expect(plan).toContain("generations_prompt_search");
  });
});
