import type { FaultQueue } from "./faults";
import type { FileKind, FileStore } from "./file-store";
import type { IdempotencyStore } from "./idempotency";
import type { RenderQueue } from "./render-queue";
import type { RequestLog } from "./request-log";
import type { TaskStore } from "./tasks";

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
  /** Aborted when the simulator closes, releasing hanging requests. */
  closing: AbortSignal;
  fileUrl(kind: FileKind, name: string): string;
  log(line: string): void;
}
