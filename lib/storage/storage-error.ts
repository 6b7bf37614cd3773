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
/**
 * Postgres SQLSTATEs (node-postgres puts them in `code`) with that meaning: 53… insufficient resources (disk
 * full, out of memory, too many connections), 58… system/I-O errors, 08… and 57P… the connection failed or the
 * server is shutting down, 25006 a read-only transaction (a standby), XX… internal errors (corruption).
 */
const postgresCodes = /^(53|58|08|XX)[0-9A-Z]{3}$|^57P[0-9A-Z]{2}$|^25006$/;
/** Node file-system codes with the same meaning. */
const fsCodes: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT", "EROFS", "EIO", "EACCES", "EPERM", "EFBIG"]);
/**
 * Socket codes that mean the database server cannot be reached. Only database statements count them (a media
 * download failing with ECONNRESET is the network's fault, not storage's).
 */
const databaseSocketCodes: ReadonlySet<string> = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
/** node-postgres reports a connection dropped mid-query, or a pool shut down, without a code. */
const droppedConnection = /^(Connection terminated|Cannot use a pool after calling end)/;

/**
 * The driver's own error: Drizzle wraps a failed Postgres statement in a "Failed query" error whose `cause` is
 * node-postgres's error with the SQLSTATE.
 */
function driverError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 3; depth += 1) {
    if (typeof current !== "object" || current === null) return current;
    if ("code" in current || !("cause" in current) || current.cause === undefined) return current;
    current = current.cause;
  }
  return current;
}

function codeOf(error: unknown): string | undefined {
  const driver = driverError(error);
  if (typeof driver !== "object" || driver === null || !("code" in driver)) return undefined;
  return typeof driver.code === "string" ? driver.code : undefined;
}

/** Whether a thrown value is the disk or the database refusing to store something. */
export function isStorageFailure(error: unknown): boolean {
  if (error instanceof StorageError || driverError(error) instanceof StorageError) return true;
  const code = codeOf(error);
  return code !== undefined && (sqliteCodes.test(code) || postgresCodes.test(code) || fsCodes.has(code));
}

/** A database statement's failure that means the data could not be stored (disk, server gone, read-only). */
export function isDatabaseFailure(error: unknown): boolean {
  if (isStorageFailure(error)) return true;
  const code = codeOf(error);
  if (code !== undefined) return databaseSocketCodes.has(code);
  const driver = driverError(error);
  return driver instanceof Error && droppedConnection.test(driver.message);
}

/** Rethrows storage failures as a StorageError naming what was being done; anything else passes through. */
export function asStorageError(error: unknown, doing: string): unknown {
  if (error instanceof AppError || !isStorageFailure(error)) return error;
  return new StorageError(
    `${doing}: ${codeOf(error)} ${error instanceof Error ? error.message : String(error)}`,
    error,
  );
}

/** Runs one database statement, turning a full, unwritable or unreachable database into a StorageError. */
export async function guardDatabase<T>(doing: string, statement: () => Promise<T>): Promise<T> {
  try {
    return await statement();
  } catch (error) {
    if (error instanceof AppError || !isDatabaseFailure(error)) throw error;
    const driver = driverError(error);
    // A failed migration reaches each later statement through Drizzle's wrapper: report the migration's error.
    if (driver instanceof StorageError) throw driver;
    const message = driver instanceof Error ? driver.message : String(driver);
    throw new StorageError(`${doing}: ${codeOf(error) ?? "connection"} ${message}`, error);
  }
}

/** Runs one storage operation, turning a full or unwritable disk into a StorageError. */
export async function guardStorage<T>(doing: string, operation: () => Promise<T> | T): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw asStorageError(error, doing);
  }
}
