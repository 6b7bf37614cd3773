import "server-only";
import { AppError } from "@/lib/errors";

/**
 * A file refused by the app's own rules (type, size, dimensions). Its message is complete and meant for
 * the creator; `httpStatus` is what the upload route answers with.
 */
export class UploadRejectedError extends AppError {
  readonly httpStatus: 400 | 413 | 415 | 422;

  constructor(message: string, httpStatus: 400 | 413 | 415 | 422, detail?: string) {
    super("invalid_request", message, { detail });
    this.name = "UploadRejectedError";
    this.httpStatus = httpStatus;
  }
}
