import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { mountTinyDisk } from "./tiny-disk";

/**
 * Moves every table and index of one Postgres database onto a small tmpfs (a tablespace there), so "the database's
 * disk is full" is the server's own "could not extend file: No space left on device" (SQLSTATE 53100), not a
 * simulation. Needs root (the mount) and a superuser URL (CREATE TABLESPACE); the test server runs as `postgres`.
 */
export async function moveDatabaseOntoTinyDisk(
  databaseUrl: string,
  sizeMb: number,
): Promise<{ dir: string; restore(): Promise<void> }> {
  const disk = mountTinyDisk(sizeMb);
  const location = path.join(disk.dir, "postgres");
  fs.mkdirSync(location);
  execFileSync("chown", ["postgres:postgres", location]);
  const tablespace = `o1_tiny_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const move = async (from: string, to: string) => {
    await client.query(`ALTER TABLE ALL IN TABLESPACE ${from} SET TABLESPACE ${to}`);
    await client.query(`ALTER INDEX ALL IN TABLESPACE ${from} SET TABLESPACE ${to}`);
  };
  await client.query(`CREATE TABLESPACE ${tablespace} LOCATION '${location}'`);
  await move("pg_default", tablespace);
  return {
    dir: disk.dir,
    restore: async () => {
      try {
        await move(tablespace, "pg_default");
        await client.query(`DROP TABLESPACE ${tablespace}`);
      } finally {
        await client.end();
        disk.unmount();
      }
    },
  };
}
