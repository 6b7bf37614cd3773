import { AppError } from "@/lib/errors";

/**
 * The app's own storage refused a write: the database file or the media folder is full, read-only or failing.
 * Its message is the one the creator sees ("Could not save — the app's storage is full or unwritable"); whatever
 * was being saved (a draft, a task id) is kept where it was and the action can be repeated once space is back.
 */
export class StorageError extends AppError {
  constructor(detail: string, cause?: unknown) {
    super("storage", undefined, { detail, cause });
    this.name = "StorageError";
  }
}

/** SQLite result codes (better-sqlite3 puts them in `code`) that mean the file could not be written. */
const sqliteCodes = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;
/** Node file-system codes with the same meaning. */
const fsCodes: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO", "EACCES", "EPERM", "EFBIG"]);

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Whether a thrown value is the disk or the database refusing to store something. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageError) return true;
  const code = codeOf(error);
  return code !== undefined && (sqliteCodes.test(code) || fsCodes.has(code));
}

/** Rethrows storage failures as a StorageError naming what was being done; anything else passes through. */
export function asStorageError(error: unknown, doing: string): unknown {
  if (error instanceof AppError || !isStorageFailure(error)) return error;
  return new StorageError(
    `${doing}: ${codeOf(error)} ${error instanceof Error ? error.message : String(error)}`,
    error,
  );
}

/** Runs one storage operation, turning a full or unwritable disk into a StorageError. */
export async function guardStorage<T>(doing: string, operation: () => Promise<T> | T): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw asStorageError(error, doing);
  }
}
