/**
 * Small checks for JSON read in the browser (a route's answer, the stored draft). Hand-written on purpose: zod's
 * runtime is ~30 kB gzipped, more than every browser-side use of it together. The server keeps its zod schemas,
 * and the tests next to each reader check that it accepts exactly what the schema accepts.
 */

export type JsonRecord = Record<string, unknown>;

/** A plain JSON object: what `z.object` accepts (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string of `min`…`max` UTF-16 units (zod's `.min()` / `.max()` count the same way). */
export function isText(value: unknown, min = 0, max = Number.POSITIVE_INFINITY): value is string {
  return typeof value === "string" && value.length >= min && value.length <= max;
}

/** A finite number (zod's `z.number()` refuses NaN and ±Infinity). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** zod's `.int()`: a safe integer. */
export function isSafeInt(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.includes(value as T);
}

/**
 * zod's `z.url({ protocol: /^https?$/ }).max(max)`: trimmed, written with `http(s)://`, parseable, then tabs and
 * newlines removed (what the URL parser ignores) and the length checked. The cleaned URL, or undefined.
 */
export function readHttpUrl(value: unknown, max: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const cleaned = trimmed.replace(/[\t\n\r]/g, "");
  return cleaned.length <= max ? cleaned : undefined;
}
