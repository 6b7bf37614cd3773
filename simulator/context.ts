import type { Balance } from "./balance";
import type { FaultQueue } from "./faults";
import type { FileKind, FileStore } from "./file-store";
import type { IdempotencyStore } from "./idempotency";
import type { RenderQueue } from "./render-queue";
import type { RequestLog } from "./request-log";
import type { TaskStore } from "./tasks";
import type { GlobalVariants } from "./variants";

/** Everything a request handler may touch; one per running simulator. */
export interface SimContext {
  apiKey: string | undefined;
  taskMs: number;
  store: TaskStore;
  files: FileStore;
  faults: FaultQueue;
  requests: RequestLog;
  idempotency: IdempotencyStore;
  renders: RenderQueue;
  balance: Balance;
  /** Global variants (`/__sim/variants`); replaced, never mutated in place. */
  variants: GlobalVariants;
  /** Aborted when the simulator closes, releasing hanging requests. */
  closing: AbortSignal;
  fileUrl(kind: FileKind, name: string): string;
  /** Base of returned file URLs. */
  publicUrl(): string;
  /** Origin of the mirror listener under the name `localhost` (default redirect target for result files). */
  mirrorOrigin(): string;
  log(line: string): void;
}
