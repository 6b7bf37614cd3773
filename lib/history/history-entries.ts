import type { GenerationView } from "@/lib/generations/view";

export const HISTORY_PAGE = 30;

/** The gallery list's URL for the owner's sent prompts (the one list function, with its prompt search). */
export function historyUrl(query: string, limit = HISTORY_PAGE): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (query.trim()) params.set("q", query.trim());
  return `/api/generations?${params}`;
}

function isRecipeLike(value: unknown): value is GenerationView {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === "string" &&
    typeof item.prompt === "string" &&
    typeof item.mode === "string" &&
    typeof item.createdAt === "number" &&
    Array.isArray(item.images)
  );
}

/**
 * The list answer's generations, one entry per distinct prompt + images (several takes of one prompt are one
 * line to recall), newest first. A body that is not a list answer reads as undefined.
 */
export function historyEntries(body: unknown): GenerationView[] | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const list = (body as { generations?: unknown }).generations;
  if (!Array.isArray(list)) return undefined;
  const seen = new Set<string>();
  return list.filter(isRecipeLike).filter((generation) => {
    const key = `${generation.prompt}\u0000${generation.images.map((image) => image.assetId).join(",")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
