import { stripControlCharacters } from "@/lib/text/control-characters";

/** String hygiene for vendor text: nothing secret in logs, nothing raw or huge in front of a user. */

const DETAIL_LIMIT = 2000;
const USER_REASON_LIMIT = 200;

/**
 * Removes the API key and anything shaped like a bearer token. The exact key covers keys of any format;
 * the patterns cover a vendor echoing a different or partial key back in an error.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join("[redacted]");
  }
  return out
    .replace(/\bBearer\s+[^\s"',;]+/gi, "Bearer [redacted]")
    .replace(/\bsk-[A-Za-z0-9_-]{4,}/g, "sk-[redacted]");
}

export function truncate(text: string, limit = DETAIL_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length - limit} more chars)`;
}

/**
 * A vendor message made fit to show: request ids stripped (they mean nothing to a user and are in the
 * logs via `detail`), secrets removed, whitespace collapsed, length capped. Undefined when nothing useful is left.
 */
export function sanitizeVendorMessage(raw: string | undefined, limit = USER_REASON_LIMIT): string | undefined {
  if (raw === undefined) return undefined;
  let text = stripControlCharacters(redactSecrets(raw), { replacement: " " })
    .replace(/\s*\(\s*request id:[^)]*\)/gi, "")
    .replace(/\s*request id:\s*\S+/gi, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  if (text.length > limit) text = `${text.slice(0, limit - 1).trimEnd()}…`;
  return text;
}

/** Ends a reason with punctuation so it reads as a sentence after "…: ". */
export function asSentence(reason: string): string {
  return /[.!?。！？…]$/u.test(reason) ? reason : `${reason}.`;
}
