import { formatUsd } from "@/lib/apimart/prices";
import { estimateRecipeCost, recipeCostInput } from "@/lib/generations/cost";
import type { Draft } from "./state";

/** What this draft will cost: the same rule the cards use, from the one price table the simulator also charges. */
export function draftCost(draft: Draft): { usd: number; label: string; seconds: number } {
  const priced = { ...draft.settings, video: draft.video };
  const { cost } = estimateRecipeCost(priced);
  return { usd: cost, label: `≈ ${formatUsd(cost)}`, seconds: recipeCostInput(priced).seconds };
}
