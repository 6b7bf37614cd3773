"use client";

import { useQuery } from "@tanstack/react-query";
import type { GenerationView } from "@/lib/generations/view";
import { type GenerationPage, generationKeys, RequestError } from "./generation-queries";

/**
 * The generation the detail view shows: the gallery's copy when it is loaded (kept current by the gallery's
 * polls), otherwise read once by id — a reload of a deep link to an old video that is not on the first page.
 */
export function useDetailGeneration(id: string | null, listed: ReadonlyArray<GenerationView>) {
  const inList = id ? listed.find((generation) => generation.id === id) : undefined;
  const single = useQuery({
    queryKey: [...generationKeys.all, "detail", id],
    enabled: Boolean(id) && !inList,
    queryFn: async () => {
      const response = await fetch(`/api/generations?ids=${encodeURIComponent(id ?? "")}`, { cache: "no-store" });
      if (!response.ok) throw new RequestError(response.status);
      return ((await response.json()) as GenerationPage).generations[0] ?? null;
    },
  });
  return {
    generation: inList ?? single.data ?? null,
    loading: !inList && single.isPending && Boolean(id),
    missing: !inList && single.isSuccess && single.data === null,
  };
}
