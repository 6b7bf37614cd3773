/** The longest wait honoured; a gateway asking for more is treated as "a day" rather than trusted blindly. */
const MAX_RETRY_AFTER_SECONDS = 86_400;

/**
 * `Retry-After` as whole seconds from now (RFC 9110: delta-seconds or an HTTP date). Undefined when absent or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (text === undefined || text === "") return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  // Only the HTTP-date shapes (IMF-fixdate and its obsolete forms) name a weekday or month; plain numbers
  // with a dot ("1.5") are not valid delta-seconds and Date.parse would read them as years.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, Math.ceil((at - nowMs) / 1000)), MAX_RETRY_AFTER_SECONDS);
}
