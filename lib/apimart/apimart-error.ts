import { AppError, type ErrorCode } from "@/lib/errors";

/**
 * APIMart's idempotency outcomes (§2): `in_progress` (the first request is still running: wait, same key),
 * `key_reused` (the key was used with another body: a new key is needed), `result_indeterminate` (whether the
 * first request ran is unknown), `unavailable` (503: nothing was executed; retrying with the same key is safe).
 */
export type IdempotencyConflict = "in_progress" | "key_reused" | "result_indeterminate" | "unavailable";

/** An upstream refusal of the number of images; `max` when the vendor named it, `sent` when we know it. */
export type ImageLimitRejection = { max?: number; sent?: number; withVideo?: boolean };

export type ApimartErrorOptions = {
  status?: number;
  detail?: string;
  cause?: unknown;
  retryAfterSeconds?: number;
  /** The vendor's own `error.code` (or `type` when there is no code), for logs and callers that must tell refusals apart. */
  upstreamCode?: string;
  idempotency?: IdempotencyConflict;
  imageLimit?: ImageLimitRejection;
};

/** An AppError from an APIMart answer, with the facts a caller needs to decide what to do next. */
export class ApimartError extends AppError {
  readonly upstreamCode?: string;
  readonly idempotency?: IdempotencyConflict;
  readonly imageLimit?: ImageLimitRejection;

  constructor(code: ErrorCode, message: string, options: ApimartErrorOptions = {}) {
    super(code, message, options);
    this.upstreamCode = options.upstreamCode;
    this.idempotency = options.idempotency;
    this.imageLimit = options.imageLimit;
  }
}

/** The idempotency outcome carried by any thrown value, if it is one. */
export function idempotencyConflictOf(error: unknown): IdempotencyConflict | undefined {
  return error instanceof ApimartError ? error.idempotency : undefined;
}
