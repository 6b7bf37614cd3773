/**
 * Named drafts the creator keeps in this browser, beside the one being edited. Each is a snapshot in the same
 * serialized form as the current draft (lib/composer/persistence.ts), so opening one reads it exactly like a reload.
 */
export const KEPT_DRAFTS_KEY = "o1studio.keptDrafts.v1";
export const KEPT_DRAFTS_MAX = 50;

export type KeptDraft = { name: string; savedAt: number; draft: string };

function isKept(value: unknown): value is KeptDraft {
  if (typeof value !== "object" || value === null) return false;
  const item = value as Record<string, unknown>;
  return typeof item.name === "string" && typeof item.savedAt === "number" && typeof item.draft === "string";
}

/** The stored list, newest first; anything unreadable is left out rather than failing the page. */
export function readKeptDrafts(raw: string | null): KeptDraft[] {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isKept).sort((a, b) => b.savedAt - a.savedAt) : [];
  } catch {
    return [];
  }
}

/** Keeps `kept` under its name: the same name (ignoring case) is replaced, so "Keep" again updates it. */
export function withKept(list: readonly KeptDraft[], kept: KeptDraft): KeptDraft[] {
  const key = kept.name.toLowerCase();
  return [kept, ...list.filter((item) => item.name.toLowerCase() !== key)].slice(0, KEPT_DRAFTS_MAX);
}

export function withoutKept(list: readonly KeptDraft[], name: string): KeptDraft[] {
  return list.filter((item) => item.name !== name);
}
