import { errorEnvelopeSchema, type VendorError } from "./schemas";
import { asSentence, sanitizeVendorMessage } from "./text";

/** APIMart's error vocabulary, shared by the HTTP error map and the failed-task classifier. */

// Vendor messages may be localised (the task `language` parameter falls back to the raw, often Chinese,
// upstream text), so each pattern carries the common Chinese terms too.
export const POLICY_RE =
  /moderat|sensitive|content[ _-]?(?:polic|filter|security)|\bpolic(?:y|ies)\b|safety|unsafe|\brisk|nsfw|porn|nud(?:e|ity)|violat|prohibit|inappropriate|敏感|违规|违禁|审核|风控|色情|涉黄|不安全/i;
export const BALANCE_RE =
  /\bbalance\b|quota|insufficient[ _-]?(?:balance|funds|credits?|quota)|\bcredits?\b|payment|billing|余额|额度|欠费|充值/i;
export const RATE_RE = /rate[ _-]?limit|too many requests|concurren|throttl|频率|限流|并发/i;
export const INVALID_RE =
  /invalid|not supported|unsupported|must be|must not|exceed|too (?:large|long|short|small|big)|resolution|duration|format|aspect|parameter|\bparam\b|required|missing|download|decode|参数|无效|不支持|格式|超过|不能为空|下载/i;
export const TASK_GONE_RE =
  /task.*(?:not (?:exist|found)|expired|invalid)|(?:no such|unknown|invalid) task|任务不存在|已过期/i;
/** Worth echoing to the user only when it points at something they can change. */
const FIELD_HINT_RE =
  /prompt|duration|\bmode\b|aspect|ratio|image|video|url|refer_type|keep_original_sound|model|file|size|type|format|resolution|param|参数|图片|视频|时长/i;

export type ErrorFacts = { code?: string; type?: string; message?: string };

export function factsOf(error: VendorError | null | undefined): ErrorFacts {
  if (!error) return {};
  const code = error.code === null || error.code === undefined ? undefined : String(error.code).trim();
  return {
    code: code === "" ? undefined : code,
    type: error.type?.trim() || undefined,
    message: error.message,
  };
}

export function searchable(facts: ErrorFacts): string {
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

export function userReason(facts: ErrorFacts): string | undefined {
  const reason = sanitizeVendorMessage(facts.message);
  return reason !== undefined && FIELD_HINT_RE.test(reason) ? asSentence(reason) : undefined;
}
