import "server-only";
import { AppError, type ErrorCode, toUserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { UploadRejectedError } from "./upload-error";

const statusByCode: Record<ErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  rate_limit: 429,
  auth: 502,
  balance: 502,
  content_policy: 422,
  upstream: 502,
  network: 502,
  timeout: 504,
  internal: 500,
};

/** `{ ok: false, code, message }` with a status; only user-facing text leaves, details go to the log. */
export function uploadFailure(error: unknown): {
  status: number;
  body: { ok: false; code: ErrorCode; message: string };
} {
  if (error instanceof UploadRejectedError) {
    return { status: error.httpStatus, body: { ok: false, code: error.code, message: error.message } };
  }
  logError("image upload", error instanceof AppError && error.detail ? `${error.message} (${error.detail})` : error);
  const { code, message } = toUserError(error);
  return { status: statusByCode[code], body: { ok: false, code, message } };
}
