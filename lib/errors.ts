/**
 * The one error type of the app. Every failure that can reach a user is an AppError with a code;
 * `message` is always written for the user, `detail` is for logs only and never leaves the server.
 */
export const errorCodes = [
  "auth",
  /** No signed-in account (the app's own sign-in, not APIMart's key). */
  "signed_out",
  /** A per-user limit of this app (running at once, per minute, monthly spend); `retryAfterSeconds` says when. */
  "limit",
  "balance",
  "rate_limit",
  "invalid_request",
  /** A file over a size limit. */
  "too_large",
  /** A file of a type the app does not take. */
  "unsupported_type",
  /** A file that was read but breaks a rule (dimensions, cannot be decoded). */
  "invalid_file",
  "content_policy",
  "not_found",
  "upstream",
  "network",
  "timeout",
  /** The app's own disk or database refused a write (full, read-only, I/O error). */
  "storage",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

const defaultMessages: Record<ErrorCode, string> = {
  auth: "The video service rejected the API key. Check APIMART_API_KEY on the server.",
  balance: "The APIMart account is out of balance. Top it up, then try again.",
  signed_out: "Sign in first.",
  limit: "You have reached a limit of this studio. Try again later.",
  rate_limit: "The video service is busy (rate limit). Wait a moment and try again.",
  invalid_request: "The video service rejected the request.",
  too_large: "The file is too large.",
  unsupported_type: "That type of file cannot be used.",
  invalid_file: "The file cannot be used.",
  content_policy: "The video service refused this prompt or image under its content policy.",
  not_found: "Not found.",
  upstream: "The video service had a problem. Try again in a moment.",
  network: "Could not reach the video service. Check the connection and try again.",
  timeout: "The video service did not answer in time. Try again.",
  storage: "Could not save — the app's storage is full or unwritable",
  internal: "Something went wrong on our side. Try again.",
};

/**
 * The HTTP status for each code: the only place the app chooses one. Upstream trouble is 502/504 (our server
 * is fine, the one behind it is not); the key and the balance are the operator's problem, not the caller's.
 */
const httpStatuses: Record<ErrorCode, number> = {
  invalid_request: 400,
  signed_out: 401,
  not_found: 404,
  too_large: 413,
  unsupported_type: 415,
  invalid_file: 422,
  content_policy: 422,
  rate_limit: 429,
  limit: 429,
  auth: 502,
  balance: 502,
  upstream: 502,
  network: 502,
  timeout: 504,
  storage: 507,
  internal: 500,
};

/** Codes worth trying again without changing anything. */
const retryableCodes: ReadonlySet<ErrorCode> = new Set(["rate_limit", "upstream", "network", "timeout", "storage"]);

export function httpStatus(code: ErrorCode): number {
  return httpStatuses[code];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** HTTP status received from upstream, when there was one. */
  readonly status?: number;
  /** Developer-facing detail (vendor body, cause). Logged, never shown. */
  readonly detail?: string;
  /** The input field the problem is about ("images.1", "video"), for forms that can point at it. */
  readonly field?: string;
  /** Seconds upstream asked to wait before trying again (its `Retry-After`), when it said. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { status?: number; detail?: string; cause?: unknown; field?: string; retryAfterSeconds?: number },
  ) {
    super(message ?? defaultMessages[code], { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options?.status;
    this.detail = options?.detail;
    this.field = options?.field;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  /** Worth trying again unchanged. The lifecycle checks an idempotency conflict first (see ApimartError). */
  get retryable(): boolean {
    return retryableCodes.has(this.code);
  }
}

export function defaultMessage(code: ErrorCode): string {
  return defaultMessages[code];
}

/** What a caller may see of a failure: the one error shape of actions and route handlers. */
export type UserError = {
  code: ErrorCode;
  message: string;
  field?: string;
  /** For `limit` (and upstream rate limits): seconds until trying again can work. */
  retryAfterSeconds?: number;
};

/** What a user may see of any thrown value: AppErrors keep their message, anything else is generic. */
export function toUserError(error: unknown): UserError {
  if (error instanceof AppError) {
    const user: UserError = { code: error.code, message: error.message };
    if (error.field !== undefined) user.field = error.field;
    if (error.code === "limit" && error.retryAfterSeconds !== undefined)
      user.retryAfterSeconds = error.retryAfterSeconds;
    return user;
  }
  return { code: "internal", message: defaultMessages.internal };
}
