import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StorageError } from "@/lib/storage/storage-error";
import { createPostgresDatabase, type TestDatabase, testEngines, testPostgresUrl } from "@/test-support/db-engines";
import { claimSlot, deleteState, readState, writeState } from "./app-state";
import type { Db } from "./client";
import { openPostgres } from "./client-pg";
import { claimDraft, type DraftClaim, findGeneration, insertGeneration, updateGeneration } from "./generations";
import { findImageBySha256, insertImageOnce } from "./images";
import { claimLease, dueIds, type Lease, renewLease, updateLeased } from "./leases";
import { findLiveShareFor, insertShare, updateShare } from "./shares";
import { spendBetween } from "./spend";

/**
 * The data layer's contract, run on every engine the app supports: the same statements must mean the same thing
 * on the SQLite file and on Postgres (claims, leases, de-duplication, types, storage failures).
 */
const NOW = Date.UTC(2026, 8, 1, 12); // well past 2^31: epoch ms must round-trip as numbers

const claimFor = (draftId: string, patch: Partial<DraftClaim> = {}) => ({
  id: randomUUID(),
  draftId,
  idempotencyKey: randomUUID(),
  prompt: "A lighthouse in a storm",
  mode: "std" as const,
  duration: 5,
  aspectRatio: "16:9" as const,
  imagesJson: "[]",
  videoJson: null,
  requestJson: "",
  status: "submitting" as const,
  retryOf: null,
  createdAt: NOW,
  updatedAt: NOW,
  leaseOwner: "a",
  leaseToken: randomUUID(),
  leaseUntil: NOW + 30_000,
  ...patch,
});

const lease = (owner: string, until = NOW + 30_000): Lease => ({ owner, token: randomUUID(), until });

/** A running task due for a poll, with no lease. */
async function runningTask(db: Db, patch: { nextPollAt?: number | null } = {}) {
  const id = randomUUID();
  await insertGeneration(db, {
    ...claimFor(`draft-${id}`, { id }),
    leaseOwner: null,
    leaseToken: null,
    leaseUntil: null,
    status: "processing",
    taskId: `task-${id}`,
    requestJson: "{}",
    nextPollAt: patch.nextPollAt === undefined ? NOW - 1 : patch.nextPollAt,
  });
  return id;
}

for (const engine of testEngines) {
  describe(`the data layer on ${engine.name}`, () => {
    let database: TestDatabase;
    let db: Db;
    beforeAll(async () => {
      database = await engine.create();
      db = database.db;
    });
    afterAll(async () => database.drop());

    it("claims a draft once: a second submit of it finds the first row", async () => {
      const first = await claimDraft(db, claimFor("draft-once"));
      expect(first?.draftId).toBe("draft-once");
      expect(await claimDraft(db, claimFor("draft-once"))).toBeUndefined();
    });

    it("re-claims a refused draft under a new key, keeping its id", async () => {
      const first = await claimDraft(db, claimFor("draft-refused"));
      if (!first) throw new Error("not claimed");
      await updateGeneration(db, first.id, { status: "rejected", taskId: null, updatedAt: NOW });
      const again = await claimDraft(db, claimFor("draft-refused", { idempotencyKey: "key-2" }));
      expect(again?.id).toBe(first.id);
      expect(again?.idempotencyKey).toBe("key-2");
      expect(again?.status).toBe("submitting");
    });

    it("stores one image row per content", async () => {
      const row = { sha256: "abc", file: "a.png", name: "a.png", contentType: "image/png", bytes: 3_000_000_000 };
      const first = await insertImageOnce(db, { ...row, id: "img-1", width: 10, height: 10, createdAt: NOW });
      expect(first?.bytes).toBe(3_000_000_000);
      expect(await insertImageOnce(db, { ...row, id: "img-2", width: 10, height: 10, createdAt: NOW })).toBeUndefined();
      expect((await findImageBySha256(db, { ownerId: null }, "abc"))?.id).toBe("img-1");
    });

    it("round-trips epoch milliseconds, doubles and booleans with their JS types", async () => {
      const id = await runningTask(db);
      await updateGeneration(db, id, { cost: 0.336, completedAt: NOW, updatedAt: NOW });
      const row = await findGeneration(db, id);
      expect(row?.createdAt).toBe(NOW);
      expect(typeof row?.createdAt).toBe("number");
      expect(row?.cost).toBe(0.336);
      const share = await insertShare(db, { slug: `s-${id}`, generationId: id, hideReferences: false, createdAt: NOW });
      expect(share.hideReferences).toBe(false);
      await updateShare(db, share.slug, { hideReferences: true });
      expect((await findLiveShareFor(db, id))?.hideReferences).toBe(true);
    });

    it("adds up spend to the micro-dollar", async () => {
      const spend = await spendBetween(db, NOW, NOW + 1);
      expect(spend.usd).toBe(0.336);
      expect(spend.generations).toBe(1);
    });

    it("keeps shared state by key (upsert, read, delete)", async () => {
      await writeState(db, "pause", { until: NOW }, NOW);
      await writeState(db, "pause", { until: NOW + 1 }, NOW);
      expect(await readState(db, "pause")).toEqual({ until: NOW + 1 });
      await deleteState(db, "pause");
      expect(await readState(db, "pause")).toBeUndefined();
    });

    it("gives a scheduled slot to one instance per period", async () => {
      const takers = await Promise.all(
        ["a", "b", "c", "d"].map((owner) => claimSlot(db, "collect", NOW, 3_600_000, owner)),
      );
      expect(takers.filter(Boolean)).toHaveLength(1);
      expect(await claimSlot(db, "collect", NOW + 3_599_999, 3_600_000, "b")).toBe(false);
      expect(await claimSlot(db, "collect", NOW + 3_600_000, 3_600_000, "b")).toBe(true);
    });

    it("lists due work unscheduled-first and gives a lease to one worker at a time", async () => {
      const later = await runningTask(db, { nextPollAt: NOW - 5 });
      const unscheduled = await runningTask(db, { nextPollAt: null });
      const due = await dueIds(db, "poll", NOW, 100);
      expect(due.indexOf(unscheduled)).toBeLessThan(due.indexOf(later));

      const a = lease("a");
      expect(await claimLease(db, later, "poll", a, { now: NOW })).toBeDefined();
      expect(await claimLease(db, later, "poll", lease("b"), { now: NOW })).toBeUndefined();
      expect(await dueIds(db, "poll", NOW, 100)).not.toContain(later);
      expect(await renewLease(db, later, a.token, NOW + 60_000)).toBe(true);

      // A's lease runs out (A died): B takes over, and A's late write is refused.
      const b = lease("b", NOW + 120_000);
      expect(await claimLease(db, later, "poll", b, { now: NOW + 61_000 })).toBeDefined();
      expect(
        await updateLeased(db, later, a.token, { progress: 10, updatedAt: NOW }, { release: true }),
      ).toBeUndefined();
      const written = await updateLeased(db, later, b.token, { progress: 50, updatedAt: NOW }, { release: true });
      expect(written?.progress).toBe(50);
      expect(written?.leaseToken).toBeNull();
    });

    it("gives a row to exactly one of many workers claiming it at once", async () => {
      const ids = await Promise.all(Array.from({ length: 5 }, () => runningTask(db)));
      for (const id of ids) {
        const claims = await Promise.all(
          Array.from({ length: 12 }, (_, n) => claimLease(db, id, "poll", lease(`w${n}`), { now: NOW })),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
      }
    });
  });
}

describe.skipIf(!testPostgresUrl)("Postgres specifics", () => {
  it("migrates once when many instances start together (advisory lock)", async () => {
    const database = await createPostgresDatabase(testPostgresUrl ?? "");
    const handles = Array.from({ length: 6 }, () => openPostgres(database.url));
    try {
      const results = await Promise.all(handles.map((db) => readState(db, "nothing")));
      expect(results).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    } finally {
      await Promise.all(handles.map((db) => db.close()));
      await database.drop();
    }
  });

  it("reports a write the server refuses as StorageError, and keeps reading", async () => {
    const database = await createPostgresDatabase(testPostgresUrl ?? "");
    const name = new URL(database.url).pathname.slice(1);
    const db = openPostgres(database.url);
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    try {
      await writeState(db, "k", 1, NOW);
      // The server turns read-only (a standby after fail-over, a full disk): SQLSTATE 25006 on every write.
      // Dropping the pool's connections makes it reconnect under the new setting.
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      await expect(writeState(db, "k", 2, NOW)).rejects.toBeInstanceOf(StorageError);
      expect(await readState(db, "k")).toBe(1);
    } finally {
      await admin.end();
      await db.close();
      await database.drop();
    }
  });

  it("fails every statement with StorageError when the migration cannot run", async () => {
    const database = await createPostgresDatabase(testPostgresUrl ?? "");
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    await admin.query(
      `ALTER DATABASE ${new URL(database.url).pathname.slice(1)} SET default_transaction_read_only = on`,
    );
    await admin.end();
    const db = openPostgres(database.url);
    try {
      await expect(readState(db, "k")).rejects.toBeInstanceOf(StorageError);
      await expect(writeState(db, "k", 1, NOW)).rejects.toBeInstanceOf(StorageError);
    } finally {
      await db.close();
      await database.drop();
    }
  });

  it("reports an unreachable server as StorageError", async () => {
    const db = openPostgres("postgres://postgres@127.0.0.1:1/none");
    await expect(readState(db, "k")).rejects.toBeInstanceOf(StorageError);
    await db.close();
  });
});
