import "server-only";
import { guardDatabase, StorageError } from "@/lib/storage/storage-error";

/**
 * Every statement of `lib/db` runs through here: a full, unwritable or unreachable database (SQLite file or
 * Postgres server) becomes a StorageError (the creator's "Could not save" message), never a silent success.
 */
export function run<T>(doing: string, statement: () => Promise<T>): Promise<T> {
  return guardDatabase(doing, statement);
}

/** An insert or claim that must have stored exactly one row; zero rows means the write did not happen. */
export function stored<T>(rows: T[], doing: string): T {
  const [row] = rows;
  if (row === undefined) throw new StorageError(`${doing}: the database reported no stored row`);
  return row;
}
