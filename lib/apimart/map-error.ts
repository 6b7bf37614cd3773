import { AppError, defaultMessage, type ErrorCode } from "@/lib/errors";
import { errorEnvelopeSchema, type VendorError } from "./schemas";
import { asSentence, redactSecrets, sanitizeVendorMessage, truncate } from "./text";
import type { TaskError } from "./types";

/** The single place where APIMart's error vocabulary becomes the app's. */

export type ApimartOperation = "submit" | "poll" | "upload";

// Vendor messages may be localised (the task `language` parameter falls back to the raw, often Chinese,
// upstream text), so each pattern carries the common Chinese terms too.
const POLICY_RE =
  /moderat|sensitive|content[ _-]?(?:polic|filter|security)|\bpolic(?:y|ies)\b|safety|unsafe|\brisk|nsfw|porn|nud(?:e|ity)|violat|prohibit|inappropriate|敏感|违规|违禁|审核|风控|色情|涉黄|不安全/i;
const BALANCE_RE =
  /\bbalance\b|quota|insufficient[ _-]?(?:balance|funds|credits?|quota)|\bcredits?\b|payment|billing|余额|额度|欠费|充值/i;
const RATE_RE = /rate[ _-]?limit|too many requests|concurren|throttl|频率|限流|并发/i;
const INVALID_RE =
  /invalid|not supported|unsupported|must be|must not|exceed|too (?:large|long|short|small|big)|resolution|duration|format|aspect|parameter|\bparam\b|required|missing|download|decode|参数|无效|不支持|格式|超过|不能为空|下载/i;
const TASK_GONE_RE =
  /task.*(?:not (?:exist|found)|expired|invalid)|(?:no such|unknown|invalid) task|任务不存在|已过期/i;
/** Worth echoing to the user only when it points at something they can change. */
const FIELD_HINT_RE =
  /prompt|duration|\bmode\b|aspect|ratio|image|video|url|refer_type|keep_original_sound|model|file|size|type|format|resolution|param|参数|图片|视频|时长/i;

type ErrorFacts = { code?: string; type?: string; message?: string };

function factsOf(error: VendorError | null | undefined): ErrorFacts {
  if (!error) return {};
  const code = error.code === null || error.code === undefined ? undefined : String(error.code).trim();
  return {
    code: code === "" ? undefined : code,
    type: error.type?.trim() || undefined,
    message: error.message,
  };
}

function searchable(facts: ErrorFacts): string {
  return [facts.code, facts.type, facts.message].filter(Boolean).join(" ");
}

/** Pulls `{error:{...}}` (or a top-level `{code,message|msg}`) out of a raw body; undefined when neither. */
export function readVendorError(body: string): VendorError | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const envelope = errorEnvelopeSchema.safeParse(json);
  if (envelope.success) return envelope.data.error;
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    const message = typeof record.message === "string" ? record.message : record.msg;
    if (typeof message === "string") {
      const code = typeof record.code === "number" || typeof record.code === "string" ? record.code : undefined;
      return { code, message };
    }
  }
  return undefined;
}

function userReason(facts: ErrorFacts): string | undefined {
  const reason = sanitizeVendorMessage(facts.message);
  return reason !== undefined && FIELD_HINT_RE.test(reason) ? asSentence(reason) : undefined;
}

const REJECTED_PREFIX: Record<ApimartOperation, string> = {
  submit: "The video service rejected the request",
  poll: "The video service rejected the task lookup",
  upload: "The video service rejected the image",
};

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
      if (status === 409) return conflictMessage(facts);
      const reason = userReason(facts);
      if (reason !== undefined) return `${REJECTED_PREFIX[operation]}: ${reason}`;
      if (operation === "upload" && status === 413)
        return "The image is too large for the video service (limit 20 MB).";
      return defaultMessage("invalid_request");
    }
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

function conflictMessage(facts: ErrorFacts): string {
  const text = searchable(facts);
  if (/in[ _-]?progress/i.test(text)) {
    return "An identical request is still being processed by the video service. Wait a moment and check again.";
  }
  if (/reused/i.test(text)) return "This request key was already used for a different request. Start a new generation.";
  return "The video service refused a repeated request (conflict). Start a new generation.";
}

/**
 * Maps a non-2xx APIMart answer to an AppError. `body` must already be free of secrets; it is kept in
 * `detail` (truncated) and never shown.
 */
export function mapHttpError(
  status: number,
  body: string,
  context: { operation: ApimartOperation; retryAfter?: string | null },
): AppError {
  const facts = factsOf(readVendorError(body));
  const code = codeForStatus(status, facts, context.operation);
  const retry = context.retryAfter ? ` retry-after=${context.retryAfter}` : "";
  return new AppError(code, messageFor(code, status, facts, context.operation), {
    status,
    detail: `APIMart ${context.operation} HTTP ${status}${retry}: ${truncate(body)}`,
  });
}

// ---------------------------------------------------------------- failed tasks

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
  if (INVALID_RE.test(text)) return "invalid_request";
  return "upstream";
}

/** Turns a failed task's `error` object (any documented shape, or none) into the app's error for that task. */
export function classifyTaskFailure(error: VendorError | null | undefined): TaskError {
  const facts = factsOf(error);
  const code = classifyCode(facts);
  const reason = code === "invalid_request" ? userReason(facts) : undefined;
  return {
    code,
    message: reason === undefined ? TASK_MESSAGES[code] : `The video service could not use the inputs: ${reason}`,
    upstreamCode: facts.code ?? facts.type,
    detail: error ? truncate(redactSecrets(JSON.stringify(error))) : "failed task without an error object",
  };
}
