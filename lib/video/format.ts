import "server-only";

/**
 * Number formatting shared by the video messages. Sizes use decimal megabytes (1 MB = 1,000,000 bytes),
 * which is also what makes the 200 MB cap the stricter reading of APIMart's "≤200 MB".
 */
export const BYTES_PER_MB = 1_000_000;

/** A measured size with one decimal ("250.0 MB"); two below 0.1 MB so a small file never reads "0.0 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  return `${mb < 0.1 ? mb.toFixed(2) : mb.toFixed(1)} MB`;
}

/** A configured limit, as short as it can be without lying: "200 MB", "1.5 MB", "0.01 MB". */
export function formatLimitMegabytes(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  if (Number.isInteger(mb)) return `${mb} MB`;
  return `${mb >= 1 ? mb.toFixed(1) : String(Number(mb.toPrecision(2)))} MB`;
}

/** "30", "29.97": whole rates print without decimals. */
export function formatFps(fps: number): string {
  const rounded = Math.round(fps);
  return Math.abs(fps - rounded) < 0.005 ? String(rounded) : fps.toFixed(2);
}

/**
 * Formats a value that broke a range so the printed number visibly breaks it too: 2.96 s must not read
 * "3.0 s" next to "it must be 3–10 s". Adds decimals (up to three more) until the rounding stays outside.
 */
export function formatOutside(value: number, min: number, max: number, decimals: number): string {
  for (let digits = decimals; digits <= decimals + 3; digits++) {
    const text = value.toFixed(digits);
    const shown = Number(text);
    if (shown < min || shown > max) return text;
  }
  return value.toFixed(decimals + 3);
}

/** Milliseconds as seconds for messages: 30000 → "30 s", 300 → "0.3 s". */
export function formatTimeout(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
