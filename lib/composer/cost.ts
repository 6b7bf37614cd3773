import { estimateCost, formatUsd } from "@/lib/apimart/prices";
import { settingsSent } from "@/lib/references/video-settings";
import type { Draft } from "./state";

/**
 * What this draft will cost, from the one price table the simulator also charges: quality, the seconds that come
 * back (a base video's own length) and whether a video is sent.
 */
export function draftCost(draft: Draft): { usd: number; label: string; seconds: number } {
  const sent = settingsSent(draft.settings, draft.video);
  const { cost } = estimateCost({ mode: sent.mode, seconds: sent.outputSeconds, withVideo: draft.video !== null });
  return { usd: cost, label: `≈ ${formatUsd(cost)}`, seconds: sent.outputSeconds };
}
