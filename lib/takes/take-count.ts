/** "Generate ×N": how many takes of one recipe a single press may send. Pure, shared by browser and server. */
export const MAX_TAKES = 4;
export const takeCounts = [1, 2, 3, 4] as const;
export type TakeCount = (typeof takeCounts)[number];

/**
 * The draft id of take `k` (1-based) of a group: derived from the composer's draft id, so pressing ×N twice for
 * the same draft finds the same N rows instead of sending N more, and each take still has its own claim and key.
 */
export function takeDraftId(draftId: string, k: number): string {
  return `${draftId}~take${k}`;
}
