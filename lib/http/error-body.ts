import { type ErrorCode, errorCodes, type UserError } from "@/lib/errors";
import { isOneOf, isRecord, isText } from "@/lib/json/guards";

/**
 * The one error JSON of every route handler: `{ error: { code, message, field? } }`, with the status
 * `httpStatus(code)` chooses. Pure and free of zod, so the browser reads it without the schema library.
 */
export type ErrorBody = { error: UserError };

/**
 * The error in a route handler's answer, or undefined when the body is not the app's error JSON. An unknown code
 * reads as "internal" (a newer server may add codes); the message is what the creator sees, so it must be there.
 */
export function readErrorBody(json: unknown): UserError | undefined {
  if (!isRecord(json) || !isRecord(json.error)) return undefined;
  const { code: rawCode, message, field } = json.error;
  if (!isText(message, 1)) return undefined;
  if (field !== undefined && typeof field !== "string") return undefined;
  const code: ErrorCode = isOneOf(errorCodes, rawCode) ? rawCode : "internal";
  return field === undefined ? { code, message } : { code, message, field };
}
