import { randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { Stack } from "./stack";

type ImageRow = { id: string; sha: string; file: string; name: string; usedAt: number };

// An upstream URL too: the library lists images that reached APIMart (the only ones a prompt can name).
const columns =
  "id, owner_id, sha256, file, name, content_type, bytes, width, height, upstream_url, upstream_uploaded_at, " +
  "created_at, last_used_at, deleted_at";

/** `name(n)` for n = 0…count-1; image 0 was used longest ago. The files are not written: names are what is searched. */
function imageRows(count: number, name: (n: number) => string): ImageRow[] {
  const base = Date.now() - 60_000;
  return Array.from({ length: count }, (_, n) => ({
    id: `seedimg-${String(n).padStart(5, "0")}`,
    sha: randomBytes(32).toString("hex"),
    file: `seedimg-${n}.png`,
    name: name(n),
    usedAt: base + n,
  }));
}

/**
 * Writes library images straight into the app's database (SQLite file or the stack's Postgres), for the owner: a
 * library larger than one GET /api/library answer without uploading hundreds of files through the browser.
 */
export async function seedLibraryImages(stack: Stack, count: number, name: (n: number) => string): Promise<void> {
  const rows = imageRows(count, name);
  if (stack.engines) {
    const client = new pg.Client({ connectionString: stack.engines.databaseUrl });
    await client.connect();
    try {
      const owner = (await client.query<{ id: string }>("SELECT id FROM users WHERE role = 'owner'")).rows[0];
      if (!owner) throw new Error("seedLibraryImages needs the owner account to exist first");
      await client.query("BEGIN");
      for (const row of rows) {
        await client.query(
          `INSERT INTO images (${columns}) VALUES ($1, $2, $3, $4, $5, 'image/png', 1000, 800, 600, $6, $7, $7, $7, NULL)`,
          [row.id, owner.id, row.sha, row.file, row.name, `https://upload.test/${row.file}`, row.usedAt],
        );
      }
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(path.join(stack.appDataDir, "o1studio.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const owner = db.prepare("SELECT id FROM users WHERE role = 'owner'").get() as { id: string } | undefined;
    if (!owner) throw new Error("seedLibraryImages needs the owner account to exist first");
    const insert = db.prepare(
      `INSERT INTO images (${columns})
       VALUES (@id, @owner, @sha, @file, @name, 'image/png', 1000, 800, 600, @upstream, @usedAt, @usedAt, @usedAt, NULL)`,
    );
    db.transaction(() => {
      for (const row of rows) insert.run({ ...row, owner: owner.id, upstream: `https://upload.test/${row.file}` });
    })();
  } finally {
    db.close();
  }
}
