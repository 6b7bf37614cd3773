import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * The search backend behind `listGenerations`: a condition "this generation's prompt matches the words".
 * SQLite answers from the FTS5 index kept by triggers (its migration); PostgreSQL matches the same text (the
 * prompt with its tokens opened up, plus the reference images' names) as an indexed `tsvector` against prefix terms.
 * Chosen by the handle's engine; callers never see which one ran.
 */
export function promptMatches(db: Db, text: string): SQL | undefined {
  const { generations } = db.tables;
  if (db.engine === "postgres") {
    const query = tsQuery(text);
    if (!query) return undefined;
    // The function and its GIN index are in migrations-pg/0003_prompt_search_index.sql.
    return sql`o1_prompt_search_vector(${generations.prompt}, ${generations.imagesJson}) @@ to_tsquery('simple', ${query})`;
  }
  const expression = ftsExpression(text);
  if (!expression) return undefined;
  return sql`${generations}.rowid IN (SELECT rowid FROM generations_fts WHERE generations_fts MATCH ${expression})`;
}

/** The creator's words as a Postgres tsquery: every word required, each as a prefix (`car:* & red:*`). */
export function tsQuery(text: string): string | undefined {
  const words = searchWords(text);
  return words.length === 0 ? undefined : words.map((word) => `${word.toLowerCase()}:*`).join(" & ");
}

function searchWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

/**
 * The creator's words as an FTS5 query: each word quoted (so `-`, `*`, `:`, `OR` and quotes are plain text) and
 * matched as a prefix, all words required. Undefined when nothing searchable is left.
 */
export function ftsExpression(text: string): string | undefined {
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(" ");
}
