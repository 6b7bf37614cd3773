import path from "node:path";
import Database from "better-sqlite3";

/**
 * Writes finished generations straight into the app's database file (the way a long-used studio looks), in
 * runs of equal timestamps so paging has ties to get right. Returns the ids, newest first.
 */
export function seedGenerations(dataDir: string, count: number, options: { prompt?: (n: number) => string } = {}) {
  const db = new Database(path.join(dataDir, "o1studio.db"));
  db.pragma("busy_timeout = 5000");
  // The studio's owner (the fixtures make it first): the gallery lists only its own account's takes.
  const owner = db.prepare("SELECT id FROM users WHERE role = 'owner'").get() as { id: string } | undefined;
  if (!owner) throw new Error("seedGenerations needs the owner account (the owner fixture) to exist first");
  const insert = db.prepare(
    `INSERT INTO generations (id, owner_id, draft_id, idempotency_key, prompt, mode, duration, aspect_ratio, request_json,
       task_id, status, progress, video_file, cost, credits_cost, created_at, submitted_at, completed_at, updated_at)
     VALUES (@id, @ownerId, @id, @id, @prompt, @mode, 5, @aspect, '{}', @task, 'completed', 100, @file, 0.336, 3.36,
       @createdAt, @createdAt, @createdAt, @createdAt)`,
  );
  const aspects = ["16:9", "9:16", "1:1"];
  const base = Date.UTC(2026, 0, 1);
  const ids: string[] = [];
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const id = `seed-${String(n).padStart(5, "0")}`;
      ids.push(id);
      insert.run({
        id,
        ownerId: owner.id,
        prompt: options.prompt?.(n) ?? `Seeded take ${n}`,
        mode: n % 4 === 0 ? "pro" : "std",
        aspect: aspects[n % 3],
        task: `task_seed_${n}`,
        file: `${id}.mp4`,
        // Five generations per millisecond: every page boundary falls inside a tie.
        createdAt: base + Math.floor(n / 5),
      });
    }
  })();
  db.close();
  // Newest first, ties by id descending: the gallery's order.
  return ids.reverse();
}
