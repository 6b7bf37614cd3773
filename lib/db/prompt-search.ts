import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { generations } from "./schema";

/**
 * The search backend behind `listGenerations`: a condition "this generation's prompt matches the words".
 * SQLite answers from the FTS5 index kept by triggers (migration 0004). A PostgreSQL variant belongs here
 * too (a generated tsvector column with a GIN index, `@@ websearch_to_tsquery`), chosen by the handle's
 * dialect; callers never see which one ran.
 */
export function promptMatches(text: string): SQL | undefined {
  const expression = ftsExpression(text);
  if (!expression) return undefined;
  return sql`${generations}.rowid IN (SELECT rowid FROM generations_fts WHERE generations_fts MATCH ${expression})`;
}

/**
 * The creator's words as an FTS5 query: each word quoted (so `-`, `*`, `:`, `OR` and quotes are plain text) and
 * matched as a prefix, all words required. Undefined when nothing searchable is left.
 */
export function ftsExpression(text: string): string | undefined {
  const words = text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return undefined;
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(" ");
}
