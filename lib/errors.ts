/**
 * The one error type of the app. Every failure that can reach a user is an AppError with a code;
 * `message` is always written for the user, `detail` is for logs only and never leaves the server.
 */
export const errorCodes = [
  "auth",
  "balance",
  "rate_limit",
  "invalid_request",
  "content_policy",
  "not_found",
  "upstream",
  "network",
  "timeout",
  "internal",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

const defaultMessages: Record<ErrorCode, string> = {
  auth: "The video service rejected the API key. Check APIMART_API_KEY on the server.",
  balance: "The APIMart account is out of balance. Top it up, then try again.",
  rate_limit: "The video service is busy (rate limit). Wait a moment and try again.",
  invalid_request: "The video service rejected the request.",
  content_policy: "The video service refused this prompt or image under its content policy.",
  not_found: "Not found.",
  upstream: "The video service had a problem. Try again in a moment.",
  network: "Could not reach the video service. Check the connection and try again.",
  timeout: "The video service did not answer in time. Try again.",
  internal: "Something went wrong on our side. Try again.",
};

/** Codes worth trying again without changing anything. */
const retryable: ReadonlySet<ErrorCode> = new Set(["rate_limit", "upstream", "network", "timeout"]);

export class AppError extends Error {
  readonly code: ErrorCode;
  /** HTTP status received from upstream, when there was one. */
  readonly status?: number;
  /** Developer-facing detail (vendor body, cause). Logged, never shown. */
  readonly detail?: string;
  /** Seconds upstream asked to wait before trying again (its `Retry-After`), when it said. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { status?: number; detail?: string; cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message ?? defaultMessages[code], { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = options?.status;
    this.detail = options?.detail;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get retryable(): boolean {
    return retryable.has(this.code);
  }
}

export function defaultMessage(code: ErrorCode): string {
  return defaultMessages[code];
}

export function isRetryable(code: ErrorCode): boolean {
  return retryable.has(code);
}

/** What a user may see of any thrown value: AppErrors keep their message, anything else is generic. */
export function toUserError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: "internal", message: defaultMessages.internal };
}
