import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Stack } from "./stack";

/** One seeded, finished take: the columns a long-used studio's rows have. */
type SeedRow = {
  id: string;
  ownerId: string;
  prompt: string;
  mode: string;
  aspect: string;
  task: string;
  file: string;
  createdAt: number;
};

const columns =
  "id, owner_id, draft_id, idempotency_key, prompt, mode, duration, aspect_ratio, request_json, task_id, status, " +
  "progress, video_file, cost, credits_cost, created_at, submitted_at, completed_at, updated_at";

function seedRows(ownerId: string, count: number, prompt?: (n: number) => string): SeedRow[] {
  const aspects = ["16:9", "9:16", "1:1"] as const;
  const base = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, n) => {
    const id = `seed-${String(n).padStart(5, "0")}`;
    return {
      id,
      ownerId,
      prompt: prompt?.(n) ?? `Seeded take ${n}`,
      mode: n % 4 === 0 ? "pro" : "std",
      aspect: aspects[n % 3] ?? "16:9",
      task: `task_seed_${n}`,
      file: `${id}.mp4`,
      // Five generations per millisecond: every page boundary falls inside a tie.
      createdAt: base + Math.floor(n / 5),
    };
  });
}

function seedSqlite(dataDir: string, count: number, prompt?: (n: number) => string): void {
  const db = new Database(path.join(dataDir, "o1studio.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const owner = db.prepare("SELECT id FROM users WHERE role = 'owner'").get() as { id: string } | undefined;
    if (!owner) throw new Error("seedGenerations needs the owner account (the owner fixture) to exist first");
    const insert = db.prepare(
      `INSERT INTO generations (${columns})
       VALUES (@id, @ownerId, @id, @id, @prompt, @mode, 5, @aspect, '{}', @task, 'completed', 100, @file, 0.336, 3.36,
         @createdAt, @createdAt, @createdAt, @createdAt)`,
    );
    const rows = seedRows(owner.id, count, prompt);
    db.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
  } finally {
    db.close();
  }
}

async function seedPostgres(databaseUrl: string, count: number, prompt?: (n: number) => string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const owner = await client.query<{ id: string }>("SELECT id FROM users WHERE role = 'owner'");
    const ownerId = owner.rows[0]?.id;
    if (!ownerId) throw new Error("seedGenerations needs the owner account (the owner fixture) to exist first");
    await client.query("BEGIN");
    for (const row of seedRows(ownerId, count, prompt)) {
      await client.query(
        `INSERT INTO generations (${columns})
         VALUES ($1, $2, $1, $1, $3, $4, 5, $5, '{}', $6, 'completed', 100, $7, 0.336, 3.36, $8, $8, $8, $8)`,
        [row.id, row.ownerId, row.prompt, row.mode, row.aspect, row.task, row.file, row.createdAt],
      );
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/**
 * Writes finished generations straight into the app's database (the SQLite file, or the stack's Postgres database
 * in the Postgres + S3 pass), the way a long-used studio looks, in runs of equal timestamps so paging has ties to
 * get right. Returns the ids, newest first (ties by id descending: the gallery's order).
 */
export async function seedGenerations(
  stack: Stack,
  count: number,
  options: { prompt?: (n: number) => string } = {},
): Promise<string[]> {
  if (stack.engines) await seedPostgres(stack.engines.databaseUrl, count, options.prompt);
  else seedSqlite(stack.appDataDir, count, options.prompt);
  return seedRows("", count)
    .map((row) => row.id)
    .reverse();
}
