import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { closeDb, type Db, openDb, type SqliteDb, sqliteDb } from "@/lib/db/client";
import { openPostgres } from "@/lib/db/client-pg";
import { AppError } from "@/lib/errors";
import { defaultCapabilities } from "@/lib/generations/capabilities";
import type { LifecycleDeps, LifecycleSettings, ResultDownloader } from "@/lib/generations/deps";
import type { SubmitRequest } from "@/lib/generations/recipe";
import { localMediaStorage } from "@/lib/storage/local-storage";
import { createPostgresDatabase, testPostgresUrl } from "./db-engines";
import { FakeUpstream } from "./fake-upstream";

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public time = Date.UTC(2026, 8, 1, 12)) {}
  now = () => this.time;
  advance(ms: number) {
    this.time += ms;
  }
}

/** Result files the fake downloader serves, by URL: bytes, or an HTTP status it answers instead. */
export type FakeFiles = Map<string, Buffer | number>;

function fakeDownloader(files: FakeFiles, calls: string[]): ResultDownloader {
  return async (url, destination) => {
    calls.push(url);
    const file = files.get(url);
    if (file === undefined) throw new AppError("network", "Could not download the finished video.");
    if (typeof file === "number") {
      throw new AppError("upstream", "The finished video could not be downloaded.", { status: file });
    }
    await fs.promises.writeFile(destination, file);
    return file.length;
  };
}

export const testSettings = (overrides: Partial<LifecycleSettings> = {}): LifecycleSettings => ({
  poll: { initialDelayMs: 10_000, minIntervalMs: 3_000, maxIntervalMs: 15_000 },
  submitTimeoutMs: 45_000,
  leaseMs: 30_000,
  lostAfterMs: 60_000,
  authRecheckMs: 60_000,
  copyTimeoutMs: 120_000,
  pollConcurrency: 4,
  copyConcurrency: 2,
  unusedMediaGraceMs: 7 * 24 * 3_600_000,
  maxVideoBytes: 512 * 1024 * 1024,
  publicBaseUrl: "http://app.test",
  usingSimulator: true,
  capabilities: defaultCapabilities,
  ...overrides,
});

export type Kit = LifecycleDeps & {
  engine: KitEngine;
  dir: string;
  fake: FakeUpstream;
  time: TestClock;
  files: FakeFiles;
  downloads: string[];
  /** Another worker on the same database and media folder (a second instance). */
  other(): LifecycleDeps;
  close(): Promise<void>;
};

/** The default kit: SQLite, which tests can reach underneath. */
export type SqliteKit = Kit & {
  db: SqliteDb;
  /** The same database file opened read-only: every write fails with a real SQLITE_READONLY. */
  readOnlyDb(): Db;
};

export type KitEngine = "sqlite" | "postgres";

/** The engines a lifecycle test file runs on: SQLite always, Postgres when the test server runs (always in CI). */
export const kitEngines: KitEngine[] = testPostgresUrl ? ["sqlite", "postgres"] : ["sqlite"];

function assemble(engine: KitEngine, db: Db, dir: string, settings: Partial<LifecycleSettings>) {
  const time = new TestClock();
  const fake = new FakeUpstream();
  const files: FakeFiles = new Map();
  const downloads: string[] = [];
  const base: LifecycleDeps = {
    db,
    upstream: fake,
    clock: time,
    storage: localMediaStorage({ root: path.join(dir, "media"), publicBaseUrl: "http://app.test" }),
    downloadResult: fakeDownloader(files, downloads),
    makePoster: async (_video, poster) => fs.promises.writeFile(poster, Buffer.from([0xff, 0xd8, 0xff, 0xd9])),
    validateVideo: async () => ({
      ok: true,
      probe: {
        container: "mp4",
        durationSeconds: 5,
        width: 1280,
        height: 720,
        fps: 24,
        hasAudio: false,
        bytes: 1000,
        codec: "h264",
      },
      posterJpeg: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
    }),
    settings: testSettings(settings),
    instanceId: "instance-a",
  };
  return { ...base, engine, dir, fake, time, files, downloads, other: () => ({ ...base, instanceId: "instance-b" }) };
}

/**
 * The lifecycle against real parts where it matters: a real SQLite file (migrations applied) and a real media
 * folder in a temp directory; APIMart, the downloader, ffmpeg and the clock are in-process fakes.
 */
export function lifecycleKit(settings: Partial<LifecycleSettings> = {}): SqliteKit {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-lifecycle-"));
  const file = path.join(dir, "o1studio.db");
  const db = openDb(file);
  const readOnly: Database.Database[] = [];
  return {
    ...assemble("sqlite", db, dir, settings),
    db,
    readOnlyDb: () => {
      const sqlite = new Database(file, { readonly: true });
      readOnly.push(sqlite);
      return sqliteDb(sqlite);
    },
    close: async () => {
      for (const sqlite of readOnly) sqlite.close();
      closeDb(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same kit on `engine`: on Postgres a fresh, migrated database on the test server (media still a folder). */
export async function lifecycleKitOn(engine: KitEngine, settings: Partial<LifecycleSettings> = {}): Promise<Kit> {
  if (engine === "sqlite") return lifecycleKit(settings);
  if (!testPostgresUrl) throw new Error("the Postgres lifecycle kit needs TEST_POSTGRES_URL (scripts/test-engines.sh)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-lifecycle-pg-"));
  const database = await createPostgresDatabase(testPostgresUrl);
  const db = openPostgres(database.url);
  return {
    ...assemble("postgres", db, dir, settings),
    close: async () => {
      await db.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let drafts = 0;

/** A valid submit input (a fresh draft id each call). */
export function submitInput(patch: Partial<SubmitRequest> = {}): SubmitRequest {
  drafts += 1;
  return {
    draftId: `draft-test-${drafts}-${Date.now()}`,
    prompt: "A lighthouse in a storm",
    mode: "std",
    duration: 5,
    aspectRatio: "16:9",
    images: [],
    ...patch,
  };
}
