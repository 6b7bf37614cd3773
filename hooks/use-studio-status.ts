"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { StudioStatus } from "@/lib/generations/studio-status";

export const STATUS_EVERY_MS = 5_000;

/** The creator's own midnight and first of the month: "today" is theirs, not the server's. */
export function localPeriods(now = new Date()): { dayStart: number; monthStart: number } {
  return {
    dayStart: new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(),
    monthStart: new Date(now.getFullYear(), now.getMonth(), 1).getTime(),
  };
}

export function studioStatusOptions() {
  return queryOptions({
    queryKey: ["studio-status"],
    queryFn: async (): Promise<StudioStatus> => {
      const { dayStart, monthStart } = localPeriods();
      const response = await fetch(`/api/status?dayStart=${dayStart}&monthStart=${monthStart}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return (await response.json()) as StudioStatus;
    },
    refetchInterval: STATUS_EVERY_MS,
  });
}

/** Spend, balance, storage and the polling pause, refreshed every few seconds. */
export function useStudioStatus() {
  return useQuery(studioStatusOptions());
}
