import { estimateCost } from "../lib/apimart/prices";
import type { GenerationRequest } from "./task-record";

/**
 * The app's own price table (one source for the estimate and the charge). Any input video gets the ×1.5
 * surcharge; the contract does not say whether `feature` videos are exempt.
 */
export function priceTask(
  request: Pick<GenerationRequest, "mode" | "video">,
  seconds: number,
): { cost: number; credits_cost: number; microUsd: number } {
  const estimate = estimateCost({ mode: request.mode, seconds, withVideo: request.video !== null });
  return { cost: estimate.cost, credits_cost: estimate.credits, microUsd: estimate.microUsd };
}
