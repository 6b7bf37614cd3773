import "server-only";
import { randomUUID } from "node:crypto";
import { toUserError, type UserError } from "@/lib/errors";
import type { LifecycleDeps } from "@/lib/generations/deps";
import type { SubmitRequest } from "@/lib/generations/recipe";
import { submitGeneration } from "@/lib/generations/submit";
import type { GenerationView } from "@/lib/generations/view";
import { takeDraftId } from "./take-count";

export type SubmittedTakes = {
  generations: GenerationView[];
  /** Why the takes after the last one sent were not (an upstream refusal after the first take went out). */
  stopped: UserError | null;
};

/**
 * N takes of one recipe: the identical body sent N times, each its own generation row with its own claim and
 * Idempotency-Key, all sharing one take group. The limits were checked for all N before this is called. Sent one
 * after another: if APIMart refuses take k, the later ones are not sent (the same refusal would meet them) and the
 * caller says so; a refusal of the first take is the whole answer.
 */
export async function submitTakes(
  deps: LifecycleDeps,
  input: SubmitRequest,
  options: { ownerId: string; takes: number },
): Promise<SubmittedTakes> {
  const takeGroup = randomUUID();
  const generations: GenerationView[] = [];
  for (let k = 1; k <= options.takes; k++) {
    try {
      const { generation } = await submitGeneration(
        deps,
        { ...input, draftId: takeDraftId(input.draftId, k) },
        { ownerId: options.ownerId, takeGroup },
      );
      generations.push(generation);
    } catch (error) {
      if (generations.length === 0) throw error;
      return { generations, stopped: toUserError(error) };
    }
  }
  return { generations, stopped: null };
}
