/**
 * kling-video-o1 prices: the one table the estimate, the cards and the simulator share. Pure (no server-only),
 * so the browser can show an estimate before anything is spent.
 *
 * Effective USD per second of output from APIMart's pricing page (§12 of the contract: list price × the default
 * 0.8 group discount), ×1.5 when a reference video is sent. Whether the surcharge also applies to a `feature`
 * video is not stated; any input video is charged the surcharge here, which errs on the side of the creator.
 *
 * Arithmetic is done in integer micro-dollars: 0.0672 × 5 in floating point is 0.33599999999999997, but
 * 336000 / 1e6 is exactly the double closest to 0.336, so figures compare equal to the published ones.
 */

export type PriceMode = "std" | "pro";

/** Effective price in units of 1/10 000 USD per second (0.0672 → 672), kept integral on purpose. */
const RATE_E4: Record<PriceMode, number> = { std: 672, pro: 896 };
/** ×1.5 expressed as 3/2 so rates stay integral (672 → 1008, 896 → 1344). */
const VIDEO_NUMERATOR = 3;
const VIDEO_DENOMINATOR = 2;

/** APIMart `credits_cost` = cost × 10. */
export const CREDITS_PER_USD = 10;
export const VIDEO_INPUT_MULTIPLIER = VIDEO_NUMERATOR / VIDEO_DENOMINATOR;

export type CostInput = { mode: PriceMode; seconds: number; withVideo: boolean };
export type CostEstimate = {
  /** USD, as APIMart reports `cost`. */
  cost: number;
  /** APIMart credits, as APIMart reports `credits_cost`. */
  credits: number;
  /** The same cost in integer micro-dollars, for sums that must not drift (balances, totals). */
  microUsd: number;
};

function rateE4(mode: PriceMode, withVideo: boolean): number {
  const base = RATE_E4[mode];
  return withVideo ? (base * VIDEO_NUMERATOR) / VIDEO_DENOMINATOR : base;
}

/** Effective USD per second of output. */
export function usdPerSecond(mode: PriceMode, withVideo: boolean): number {
  return rateE4(mode, withVideo) / 10_000;
}

/** Micro-dollars (integer) to USD. */
export function microToUsd(micro: number): number {
  return micro / 1_000_000;
}

/** USD to micro-dollars, rounded to the nearest integer. */
export function usdToMicro(usd: number): number {
  return Math.round(usd * 1_000_000);
}

/**
 * What a clip of `seconds` costs. Seconds may be fractional (an edited video follows its input's length);
 * the cost is then rounded to the micro-dollar.
 */
export function estimateCost({ mode, seconds, withVideo }: CostInput): CostEstimate {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`seconds must be a non-negative number`);
  // rate (1e-4 USD/s) × seconds × 100 = micro-dollars.
  const microUsd = Math.round(rateE4(mode, withVideo) * seconds * 100);
  return {
    cost: microToUsd(microUsd),
    credits: (microUsd * CREDITS_PER_USD) / 1_000_000,
    microUsd,
  };
}

/**
 * "$0.34" for 0.336: whole cents, rounded half up on the exact micro-dollar figure (toFixed on the double would
 * round 1.005 down).
 */
export function formatUsd(usd: number): string {
  const cents = Math.round(usdToMicro(Math.abs(usd)) / 10_000);
  const sign = usd < 0 && cents > 0 ? "-" : "";
  return `${sign}$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
