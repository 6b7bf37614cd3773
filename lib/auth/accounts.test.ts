import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, type Db, openDb } from "@/lib/db/client";
import { accountCount, createAccount } from "./accounts";
import { createAuth } from "./auth";
import { authSecret } from "./secret";

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) closeDb(db);
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-accounts-"));
  dirs.push(dir);
  return dir;
}

function setup() {
  const dir = tempDir();
  const db = openDb(path.join(dir, "o1studio.db"));
  dbs.push(db);
  const auth = createAuth({ db, secret: authSecret(dir), baseUrl: "http://127.0.0.1:3000" });
  return { db, auth };
}

describe("authSecret", () => {
  it("generates a secret once into DATA_DIR, mode 0600, and reads the same one afterwards", () => {
    const dir = tempDir();
    const first = authSecret(dir, "");
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(authSecret(dir, undefined)).toBe(first);
  });

  it("prefers BETTER_AUTH_SECRET and refuses a short one", () => {
    const dir = tempDir();
    expect(authSecret(dir, "x".repeat(40))).toBe("x".repeat(40));
    expect(fs.existsSync(path.join(dir, "auth-secret"))).toBe(false);
    expect(() => authSecret(dir, "short")).toThrow(/at least 32/);
  });
});

describe("createAccount", () => {
  it("makes an account better-auth can sign in with, and only one owner ever", async () => {
    const { db, auth } = setup();
    await createAccount(auth, db, { email: "Owner@Studio.test", password: "owner-password", role: "owner" });
    const session = await auth.api.signInEmail({ body: { email: "owner@studio.test", password: "owner-password" } });
    expect(session.user.email).toBe("owner@studio.test");
    await expect(
      auth.api.signInEmail({ body: { email: "owner@studio.test", password: "wrong-password" } }),
    ).rejects.toThrow();

    await expect(
      createAccount(auth, db, { email: "two@studio.test", password: "pass-word-2", role: "owner" }),
    ).rejects.toThrow(/already has an owner/);
    await expect(
      createAccount(auth, db, { email: "owner@studio.test", password: "pass-word-2", role: "member" }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createAccount(auth, db, { email: "m@studio.test", password: "short", role: "member" }),
    ).rejects.toThrow(/at least 8/);
    expect(await accountCount(db)).toBe(1);
  });

  it("lets only one of two owners racing at once through (the partial unique index)", async () => {
    const { db, auth } = setup();
    const results = await Promise.allSettled(
      ["a@studio.test", "b@studio.test", "c@studio.test"].map((email) =>
        createAccount(auth, db, { email, password: "race-password", role: "owner" }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await accountCount(db)).toBe(1);
  });
});
