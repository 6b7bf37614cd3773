import { defaultMessage, type ErrorCode } from "@/lib/errors";
import { ApimartError, type IdempotencyConflict, type ImageLimitRejection } from "./apimart-error";
import { imageLimitIn, imageLimitMessage } from "./image-limit";
import { parseRetryAfter } from "./retry-after";
import { truncate } from "./text";
import {
  BALANCE_RE,
  type ErrorFacts,
  factsOf,
  POLICY_RE,
  readVendorError,
  searchable,
  TASK_GONE_RE,
  userReason,
} from "./vendor-facts";

/** The single place where an APIMart HTTP error becomes the app's (failed tasks: task-failure.ts). */

export { classifyTaskFailure } from "./task-failure";
export { readVendorError } from "./vendor-facts";

export type ApimartOperation = "submit" | "poll" | "upload" | "balance";

const REJECTED_PREFIX: Record<ApimartOperation, string> = {
  submit: "The video service rejected the request",
  poll: "The video service rejected the task lookup",
  upload: "The video service rejected the image",
  balance: "The video service rejected the balance query",
};

export type HttpErrorContext = {
  operation: ApimartOperation;
  retryAfter?: string | null;
  /** Images in the submitted body, so a refusal of the image count can say how many were sent. */
  sentImages?: number;
  withVideo?: boolean;
  nowMs?: number;
};

const IDEMPOTENCY_CODES: Record<string, IdempotencyConflict> = {
  idempotency_in_progress: "in_progress",
  idempotency_key_reused: "key_reused",
  idempotency_result_indeterminate: "result_indeterminate",
  idempotency_unavailable: "unavailable",
};
const IDEMPOTENCY_RE = /idempotency_(?:in_progress|key_reused|result_indeterminate|unavailable)/i;

function idempotencyOf(status: number, facts: ErrorFacts): IdempotencyConflict | undefined {
  const text = searchable(facts);
  const named = IDEMPOTENCY_RE.exec(text)?.[0]?.toLowerCase();
  if (named !== undefined) return IDEMPOTENCY_CODES[named];
  if (status !== 409) return undefined;
  if (/in[ _-]?progress/i.test(text)) return "in_progress";
  if (/reused/i.test(text)) return "key_reused";
  if (/indeterminate/i.test(text)) return "result_indeterminate";
  return undefined;
}

const IDEMPOTENCY_ANSWERS: Record<IdempotencyConflict, { code: ErrorCode; message: string }> = {
  in_progress: {
    code: "upstream",
    message: "An identical request is still being processed by the video service. Wait a moment and check again.",
  },
  key_reused: {
    code: "invalid_request",
    message: "This request key was already used for a different request. Start a new generation.",
  },
  result_indeterminate: {
    code: "upstream",
    message:
      "The video service could not tell whether an earlier identical request went through. Check your videos before trying again.",
  },
  unavailable: {
    code: "upstream",
    message:
      "The video service could not check for repeated requests just now, so nothing was started. Try again in a moment.",
  },
};

/** gpt-image-2 reports some parameter errors as HTTP 500 `build_request_failed: …` (§6): not worth retrying. */
const BUILD_REQUEST_FAILED_RE = /^\s*build_request_failed\b\s*:?\s*/i;

function isBuildRequestFailed(facts: ErrorFacts): boolean {
  return BUILD_REQUEST_FAILED_RE.test(facts.message ?? "") || facts.code?.toLowerCase() === "build_request_failed";
}

function buildRequestFailedMessage(facts: ErrorFacts): string {
  const reason = userReason({ ...facts, message: facts.message?.replace(BUILD_REQUEST_FAILED_RE, "") });
  const base = "The video service could not build the request from these settings (a parameter problem)";
  return reason === undefined ? `${base}. Change the settings and try again.` : `${base}: ${reason}`;
}

function codeForStatus(status: number, facts: ErrorFacts, operation: ApimartOperation): ErrorCode {
  const text = searchable(facts);
  // One-api style gateways report an exhausted quota as 401/403/429 rather than 402.
  if ((status === 401 || status === 403 || status === 429) && BALANCE_RE.test(text)) return "balance";
  switch (status) {
    case 400:
    case 413:
    case 422:
      if (POLICY_RE.test(text)) return "content_policy";
      // APIMart may answer an unknown or expired task id with 400 instead of 404.
      if (operation === "poll" && TASK_GONE_RE.test(text)) return "not_found";
      return "invalid_request";
    case 401:
    case 403:
      return "auth";
    case 402:
      return "balance";
    case 404:
    case 410:
      return "not_found";
    case 408:
      return "timeout";
    case 409:
      return "invalid_request";
    case 429:
      return "rate_limit";
    default:
      return "upstream";
  }
}

function messageFor(code: ErrorCode, status: number, facts: ErrorFacts, operation: ApimartOperation): string {
  switch (code) {
    case "invalid_request": {
      if (status === 409) return "The video service refused a repeated request (conflict). Start a new generation.";
      const reason = userReason(facts);
      if (reason !== undefined) return `${REJECTED_PREFIX[operation]}: ${reason}`;
      if (operation === "upload" && status === 413)
        return "The image is too large for the video service (limit 20 MB).";
      return defaultMessage("invalid_request");
    }
    case "auth":
      // APIMart keys can be limited to some models and some IP addresses (§12): a valid key can still get 403.
      return status === 403
        ? "The APIMart key is not allowed for this model or from this server's address. Check the key's model and IP allow-lists in the APIMart console."
        : defaultMessage("auth");
    case "content_policy":
      return "The video service refused this prompt or an image under its content policy. Change the prompt or images and try again.";
    case "not_found":
      return operation === "poll"
        ? "The video service has no record of this task (it may have expired)."
        : "The video service did not recognise the request address. Check APIMART_BASE_URL on the server.";
    default:
      return defaultMessage(code);
  }
}

/** What the answer means: the special refusals first, then the status. */
function classify(
  status: number,
  facts: ErrorFacts,
  context: HttpErrorContext,
): { code: ErrorCode; message: string; idempotency?: IdempotencyConflict; imageLimit?: ImageLimitRejection } {
  const idempotency = idempotencyOf(status, facts);
  if (idempotency !== undefined) return { ...IDEMPOTENCY_ANSWERS[idempotency], idempotency };
  const text = searchable(facts);
  const quota = (status === 401 || status === 403 || status === 429) && BALANCE_RE.test(text);
  if (!quota && isBuildRequestFailed(facts))
    return { code: "invalid_request", message: buildRequestFailedMessage(facts) };
  const limit = context.operation === "submit" && !POLICY_RE.test(text) ? imageLimitIn(facts.message) : undefined;
  if (limit !== undefined && status >= 400 && status !== 401 && status !== 402 && status !== 429) {
    const imageLimit = { ...limit, sent: context.sentImages, withVideo: context.withVideo };
    return { code: "invalid_request", message: imageLimitMessage(imageLimit), imageLimit };
  }
  const code = codeForStatus(status, facts, context.operation);
  return { code, message: messageFor(code, status, facts, context.operation) };
}

/**
 * Maps a non-2xx APIMart answer to an ApimartError (an AppError). `body` must already be free of secrets; it is
 * kept in `detail` (truncated) and never shown.
 */
export function mapHttpError(status: number, body: string, context: HttpErrorContext): ApimartError {
  const facts = factsOf(readVendorError(body));
  const { code, message, idempotency, imageLimit } = classify(status, facts, context);
  const retry = context.retryAfter ? ` retry-after=${context.retryAfter}` : "";
  return new ApimartError(code, message, {
    status,
    detail: `APIMart ${context.operation} HTTP ${status}${retry}: ${truncate(body)}`,
    retryAfterSeconds: parseRetryAfter(context.retryAfter, context.nowMs),
    upstreamCode: facts.code ?? facts.type,
    idempotency,
    imageLimit,
  });
}
