import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as sqliteAuth from "./auth-schema";
import * as pgAuth from "./auth-schema-pg";
import * as sqliteApp from "./schema";
import * as pgApp from "./schema-pg";

const sqlite = { ...sqliteApp, ...sqliteAuth };
const pg = { ...pgApp, ...pgAuth };

/**
 * The two schemas must stay one shape: code above lib/db sees SQLite's row types whichever engine runs. The type
 * assertions fail `npm run typecheck` when a table or column differs in name, type or nullability (select and
 * insert shapes); the run-time checks catch what types cannot see (SQL names, defaults, indexes, SQL types).
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

type SqliteTables = typeof sqlite;
type PgTables = typeof pg;

type SameTables = Assert<Equal<keyof SqliteTables, keyof PgTables>>;
type SameSelect = Assert<
  Equal<
    { [K in keyof SqliteTables]: SqliteTables[K]["$inferSelect"] },
    { [K in keyof PgTables]: PgTables[K]["$inferSelect"] }
  >
>;
type SameInsert = Assert<
  Equal<
    { [K in keyof SqliteTables]: SqliteTables[K]["$inferInsert"] },
    { [K in keyof PgTables]: PgTables[K]["$inferInsert"] }
  >
>;

/** SQLite column type → the Postgres types allowed for it (see the table in schema-pg.ts). */
const pgTypesFor: Record<string, string[]> = {
  integer: ["integer", "bigint"],
  real: ["double precision"],
  text: ["text"],
};

/** Columns holding epoch milliseconds or byte counts (by name: `*_at`, `*_since`, `*_until`, `*bytes`, and better-auth's `last_request`, the counters' `window_start`) are `bigint`. */
const wide = (name: string) => /(_at|_since|_until|bytes|last_request|window_start)$/.test(name);

const liteTables: SqliteTables = { ...sqlite };
const pgTables: PgTables = { ...pg };
const tableNames = Object.keys(liteTables) as (keyof SqliteTables & keyof PgTables)[];

describe("the SQLite and Postgres schemas", () => {
  it("have the same tables and row types", () => {
    // Compiles only while the schemas agree; the value is just a witness.
    const proven: [SameTables, SameSelect, SameInsert] = [true, true, true];
    expect(proven).toEqual([true, true, true]);
    expect(Object.keys(pgTables).sort()).toEqual([...tableNames].sort());
  });

  for (const key of tableNames) {
    it(`agree on every column of ${key}`, () => {
      const lite = sqliteConfig(liteTables[key]);
      const post = pgConfig(pgTables[key]);
      expect(post.name).toBe(lite.name);
      expect(post.columns.map((c) => c.name)).toEqual(lite.columns.map((c) => c.name));
      for (const column of lite.columns) {
        const twin = post.columns.find((c) => c.name === column.name);
        if (!twin) throw new Error(`${lite.name}.${column.name} is missing in schema-pg.ts`);
        const where = `${lite.name}.${column.name}`;
        expect({ where, notNull: twin.notNull }).toEqual({ where, notNull: column.notNull });
        expect({ where, default: twin.default }).toEqual({ where, default: column.default });
        expect({ where, primary: twin.primary }).toEqual({ where, primary: column.primary });
        expect({ where, unique: twin.isUnique }).toEqual({ where, unique: column.isUnique });
        expect({ where, enum: twin.enumValues }).toEqual({ where, enum: column.enumValues });
        const liteType = column.getSQLType();
        const postType = twin.getSQLType();
        if (column.dataType === "boolean") expect({ where, postType }).toEqual({ where, postType: "boolean" });
        else if (liteType === "integer" && wide(column.name))
          expect({ where, postType }).toEqual({ where, postType: "bigint" });
        else if (liteType === "integer") expect({ where, postType }).toEqual({ where, postType: "integer" });
        else expect({ where, allowed: pgTypesFor[liteType]?.includes(postType) }).toEqual({ where, allowed: true });
      }
    });

    it(`agree on the indexes and references of ${key}`, () => {
      const lite = sqliteConfig(liteTables[key]);
      const post = pgConfig(pgTables[key]);
      const indexes = (list: { config: { name?: string; unique: boolean; columns: unknown[] } }[]) =>
        list
          .map((i) => ({ name: i.config.name ?? "", unique: i.config.unique, columns: i.config.columns.length }))
          .sort((a, b) => a.name.localeCompare(b.name));
      expect(indexes(post.indexes)).toEqual(indexes(lite.indexes));
      const refs = (list: { reference(): { foreignColumns: { name: string }[] }; onDelete?: string }[]) =>
        list.map((fk) => ({ to: fk.reference().foreignColumns.map((c) => c.name), onDelete: fk.onDelete }));
      expect(refs(post.foreignKeys)).toEqual(refs(lite.foreignKeys));
    });
  }
});
