import type { ErrorCode } from "@/lib/errors";
import type { Recipe } from "./recipe";
import type { GenerationStatus } from "./status";

export { type GenerationStatus, isTerminal, isUnsuccessful } from "./status";

/** What the browser sees of a generation: its recipe (same reference types as everywhere) and its state. */
export type GenerationView = Recipe & {
  id: string;
  taskId: string | null;
  status: GenerationStatus;
  progress: number;
  createdAt: number;
  submittedAt: number | null;
  completedAt: number | null;
  /** Seconds upstream expects the task to take. */
  estimatedTime: number | null;
  videoUrl: string | null;
  posterUrl: string | null;
  /** What upstream charged (USD) and in credits, once it says; null before. */
  cost: number | null;
  creditsCost: number | null;
  /** The price table's figure for this recipe (lib/apimart/prices.ts), shown until upstream reports the cost. */
  estimatedCost: number;
  error: { code: ErrorCode; message: string } | null;
  /** A passing problem while checking (rate limit, timeout, an unanswered submit); the task itself is fine. */
  pollWarning: string | null;
  /** Running far longer than upstream estimated: the browser stops polling and offers "check again". */
  stalled: boolean;
  share: { slug: string; url: string; hideReferences: boolean } | null;
  /** Starred by the creator (stored on the server, so it follows them to any browser). */
  favourite: boolean;
  /** The "Generate ×N" these takes came from (shared by all N); null for a single submit. */
  takeGroup: string | null;
};
