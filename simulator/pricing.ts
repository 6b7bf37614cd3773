import type { GenerationRequest } from "./task-record";

/** USD per output second; 5 s std = 0.28 and 5 s pro = 0.56 as in APIMart's examples. */
const usdPerSecond: Record<GenerationRequest["mode"], number> = { std: 0.056, pro: 0.112 };

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function priceTask(mode: GenerationRequest["mode"], seconds: number): { cost: number; credits_cost: number } {
  const cost = round4(usdPerSecond[mode] * seconds);
  return { cost, credits_cost: round4(cost * 10) };
}
