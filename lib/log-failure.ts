import { AppError, type ErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";

/** The caller's own mistakes: answered with a clear message, not worth a log line. */
const callerCodes: ReadonlySet<ErrorCode> = new Set([
  "invalid_request",
  "too_large",
  "unsupported_type",
  "invalid_file",
  "not_found",
  "content_policy",
]);

/** Logs a failure that reached an action or a route handler, unless it was only bad input. */
export function logFailure(context: string, error: unknown): void {
  if (!(error instanceof AppError)) {
    logError(context, error);
    return;
  }
  if (callerCodes.has(error.code)) return;
  logError(`${context} (${error.code})`, error.detail ? `${error.message} (${error.detail})` : error.message);
}
