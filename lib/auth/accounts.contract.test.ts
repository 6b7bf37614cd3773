import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { insertGeneration, listGenerations, updateGeneration } from "@/lib/db/generations";
import { claimInvite, insertInvite } from "@/lib/db/invites";
import { countRequest } from "@/lib/limits/enforce";
import { defaultLimits } from "@/lib/limits/limits";
import { type TestDatabase, testEngines } from "@/test-support/db-engines";
import { createAccount, hasOwner } from "./accounts";
import { createAuth } from "./auth";

/**
 * Accounts, ownership, limits and the one list function on every engine: better-auth's adapter, the Date columns,
 * the partial unique owner index, the counters' upsert and the prompt search must mean the same on SQLite and
 * on Postgres.
 */
const NOW = Date.UTC(2026, 10, 1, 12);
const SECRET = "a-test-secret-that-is-long-enough-0123456789";

async function seed(db: Db, ownerId: string, id: string, patch: Record<string, unknown> = {}) {
  await insertGeneration(db, {
    id,
    ownerId,
    draftId: `draft-${id}`,
    prompt: `prompt ${id}`,
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    requestJson: "{}",
    status: "completed",
    createdAt: NOW,
    updatedAt: NOW,
    ...patch,
  });
}

for (const engine of testEngines) {
  describe(`accounts and the gallery list on ${engine.name}`, () => {
    let database: TestDatabase;
    let db: Db;
    beforeAll(async () => {
      database = await engine.create();
      db = database.db;
    });
    afterAll(async () => database.drop());

    it("makes one owner, refuses a second, and signs in through better-auth", async () => {
      const auth = createAuth({ db, secret: SECRET, baseUrl: "http://127.0.0.1:3000" });
      const owner = await createAccount(auth, db, {
        email: "Owner@Example.com",
        password: "correct horse 1",
        role: "owner",
      });
      expect(owner).toMatchObject({ email: "owner@example.com", role: "owner" });
      expect(await hasOwner(db)).toBe(true);
      await expect(
        createAccount(auth, db, { email: "second@example.com", password: "correct horse 2", role: "owner" }),
      ).rejects.toThrow(/already has an owner/);
      const member = await createAccount(auth, db, {
        email: "m@example.com",
        password: "correct horse 3",
        role: "member",
      });
      expect(member.role).toBe("member");

      const signedIn = await auth.api.signInEmail({
        body: { email: "owner@example.com", password: "correct horse 1" },
      });
      expect(signedIn.user.id).toBe(owner.id);
      // The session is a row in the app's database, its Date columns round-tripped on both engines.
      const { sessions } = db.tables;
      const rows = await db.select().from(sessions).where(eq(sessions.token, signedIn.token));
      expect(rows[0]?.userId).toBe(owner.id);
      expect(rows[0]?.expiresAt).toBeInstanceOf(Date);
      expect(rows[0]?.expiresAt.getTime()).toBeGreaterThan(Date.now());
      await expect(
        auth.api.signInEmail({ body: { email: "owner@example.com", password: "wrong password" } }),
      ).rejects.toThrow();
    });

    it("lists only the owner's generations, newest first with ties broken by id, across pages", async () => {
      const a = randomUUID();
      const b = randomUUID();
      for (const id of ["t-1", "t-2", "t-3"]) await seed(db, a, `${a}-${id}`);
      await seed(db, b, `${b}-other`);
      const first = await listGenerations(db, { ownerId: a, limit: 2 });
      expect(first.map((row) => row.id)).toEqual([`${a}-t-3`, `${a}-t-2`]);
      const last = first.at(-1);
      if (!last) throw new Error("no page");
      const next = await listGenerations(db, {
        ownerId: a,
        limit: 2,
        after: { createdAt: last.createdAt, id: last.id },
      });
      expect(next.map((row) => row.id)).toEqual([`${a}-t-1`]);
      expect((await listGenerations(db, { ownerId: b, limit: 10 })).map((row) => row.id)).toEqual([`${b}-other`]);
    });

    it("searches the prompt (tokens opened up) and the reference images' names, by word prefix", async () => {
      const owner = randomUUID();
      await seed(db, owner, `${owner}-car`, {
        prompt: "A red <<<image_1>>> drives through rain",
        imagesJson: JSON.stringify([{ name: "vintage-car.jpg" }]),
      });
      await seed(db, owner, `${owner}-boat`, { prompt: "A boat at dawn" });
      const find = async (q: string) =>
        (await listGenerations(db, { ownerId: owner, limit: 10, filters: { q } })).map((row) => row.id);
      expect(await find("driv rain")).toEqual([`${owner}-car`]);
      expect(await find("vintage")).toEqual([`${owner}-car`]);
      expect(await find("image")).toEqual([]);
      expect(await find("dawn")).toEqual([`${owner}-boat`]);
      expect(await find("' OR 1=1 --")).toEqual([]);
      await updateGeneration(db, `${owner}-boat`, { favouriteAt: NOW, updatedAt: NOW });
      const favourites = await listGenerations(db, { ownerId: owner, limit: 10, filters: { fav: "1" } });
      expect(favourites.map((row) => row.id)).toEqual([`${owner}-boat`]);
    });

    it("uses an invite once", async () => {
      const auth = createAuth({ db, secret: SECRET, baseUrl: "http://127.0.0.1:3000" });
      const owner = await createAccount(auth, db, {
        email: `${randomUUID()}@x.example`,
        password: "pw-pw-pw-pw",
        role: "member",
      });
      const tokenHash = randomUUID();
      await insertInvite(db, {
        id: randomUUID(),
        tokenHash,
        createdBy: owner.id,
        createdAt: NOW,
        expiresAt: NOW + 60_000,
      });
      expect(await claimInvite(db, tokenHash, NOW + 1, "claim-1")).toBeDefined();
      expect(await claimInvite(db, tokenHash, NOW + 2, "claim-2")).toBeUndefined();
    });

    it("counts requests per account and minute, and refuses past the limit", async () => {
      const accountId = randomUUID();
      const limits = { ...defaultLimits, checksPerMinute: 2 };
      await countRequest(db, { accountId, kind: "checks", now: NOW, limits });
      await countRequest(db, { accountId, kind: "checks", now: NOW + 1, limits });
      await expect(countRequest(db, { accountId, kind: "checks", now: NOW + 2, limits })).rejects.toThrow(/Limit/);
      await countRequest(db, { accountId, kind: "checks", now: NOW + 60_000, limits });
    });
  });
}
