import type { ErrorCode } from "@/lib/errors";
import { imageLimitIn, imageLimitMessage } from "./image-limit";
import type { VendorError } from "./schemas";
import { redactSecrets, truncate } from "./text";
import type { TaskError } from "./types";
import {
  BALANCE_RE,
  type ErrorFacts,
  factsOf,
  INVALID_RE,
  POLICY_RE,
  RATE_RE,
  searchable,
  userReason,
} from "./vendor-facts";

/** A failed task's `error` (object, bare string or missing) → the app's error for that task. */

// Kling's own numeric codes, in case APIMart passes them through (from Kling's public docs; unverified on APIMart).
const KLING_CODES: Record<string, ErrorCode> = {
  "1102": "balance",
  "1300": "content_policy",
  "1301": "content_policy",
  "1302": "rate_limit",
  "1303": "rate_limit",
};

const TASK_MESSAGES: Record<"invalid_request" | "balance" | "rate_limit" | "content_policy" | "upstream", string> = {
  invalid_request:
    "The video service could not use the inputs (for example an image or video it cannot read, or an unsupported setting). Check them and try again.",
  balance: "The APIMart account ran out of balance for this video. Top it up, then try again.",
  rate_limit: "The video service was too busy to run this video. Try again in a moment.",
  content_policy:
    "The video service refused this prompt or an image under its content policy. Change the prompt or images and try again.",
  upstream: "The video service failed to generate this video. Try again.",
};

function classifyCode(facts: ErrorFacts): keyof typeof TASK_MESSAGES {
  const text = searchable(facts);
  const numeric = facts.code;
  const klingCode = numeric === undefined ? undefined : KLING_CODES[numeric];
  // Policy first: a moderation refusal often arrives as a generic 400 / invalid_request.
  if (klingCode === "content_policy" || POLICY_RE.test(text)) return "content_policy";
  if (klingCode === "balance" || numeric === "402" || BALANCE_RE.test(text)) return "balance";
  if (klingCode === "rate_limit" || numeric === "429" || RATE_RE.test(text)) return "rate_limit";
  if (numeric === "400" || numeric === "413" || numeric === "422" || /^12\d\d$/.test(numeric ?? ""))
    return "invalid_request";
  if (INVALID_RE.test(text) || /build_request_failed/i.test(text)) return "invalid_request";
  return "upstream";
}

/**
 * Turns a failed task's `error` (any documented shape, a bare string, or none) into the app's error for that
 * task. Kling refuses inputs it cannot use as failed tasks (§12), so an image-count refusal can arrive here too.
 */
export function classifyTaskFailure(error: VendorError | null | undefined): TaskError {
  const facts = factsOf(error);
  const upstreamCode = facts.code ?? facts.type;
  const detail = error ? truncate(redactSecrets(JSON.stringify(error))) : "failed task without an error object";
  const limit = POLICY_RE.test(searchable(facts)) ? undefined : imageLimitIn(facts.message);
  if (limit !== undefined) {
    return { code: "invalid_request", message: imageLimitMessage(limit), upstreamCode, detail, imageLimit: limit };
  }
  const code = classifyCode(facts);
  const reason = code === "invalid_request" ? userReason(facts) : undefined;
  return {
    code,
    message: reason === undefined ? TASK_MESSAGES[code] : `The video service could not use the inputs: ${reason}`,
    upstreamCode,
    detail,
  };
}
