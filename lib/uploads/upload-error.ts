import "server-only";
import { AppError, type ErrorCode, httpStatus } from "@/lib/errors";

/** Which rule a refused file broke, written as the HTTP status the upload route answers with. */
export type RejectionKind = 400 | 413 | 415 | 422;

const codes: Record<RejectionKind, ErrorCode> = {
  400: "invalid_request",
  413: "too_large",
  415: "unsupported_type",
  422: "invalid_file",
};

/**
 * A file refused by the app's own rules (type, size, dimensions). Its message is complete and meant for
 * the creator. The kind becomes an error code; lib/errors chooses the status from the code.
 */
export class UploadRejectedError extends AppError {
  constructor(message: string, kind: RejectionKind, detail?: string) {
    super(codes[kind], message, { detail });
    this.name = "UploadRejectedError";
  }

  get httpStatus(): number {
    return httpStatus(this.code);
  }
}
