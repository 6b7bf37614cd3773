import { z } from "zod";
import { defaultForcedTaskError, type TaskError } from "./errors";
import { apiErrorSchema, taskErrorSchema } from "./task-record";

export const httpEndpoints = ["submit", "poll", "upload", "balance"] as const;
export type HttpEndpoint = (typeof httpEndpoints)[number];

export const statusFaults = [
  "401",
  "402",
  "403",
  "429",
  "500",
  "502",
  "503",
  "build_request_failed",
  "image_count",
  "idempotency_in_progress",
  "idempotency_key_reused",
  "idempotency_result_indeterminate",
  "idempotency_unavailable",
] as const;
export type StatusFault = (typeof statusFaults)[number];

const retryAfterSchema = z.union([z.number().int().min(0).max(86_400), z.string().min(1).max(100)]);

const httpFaultSchema = z
  .object({
    endpoint: z.enum(httpEndpoints),
    fault: z.enum([...statusFaults, "hang", "drop", "custom"]),
    times: z.number().int().min(1).max(1000).default(1),
    hangMs: z.number().int().min(0).max(600_000).default(120_000),
    /** Sent as the `Retry-After` header (seconds or an HTTP date) with the faulted answer. */
    retryAfter: retryAfterSchema.optional(),
    /** `after`: the submit is carried out (task created, key remembered) and only then answered with the fault. */
    stage: z.enum(["before", "after"]).default("before"),
    /** HTTP status for `custom`. */
    status: z.number().int().min(400).max(599).optional(),
    /** Replaces the `error` object of the answer (or is sent as a bare string). */
    error: z.union([apiErrorSchema, z.string()]).optional(),
  })
  .refine((fault) => fault.stage === "before" || fault.endpoint === "submit", {
    message: 'stage "after" exists only for the submit endpoint',
    path: ["stage"],
  })
  .refine((fault) => fault.fault !== "custom" || fault.status !== undefined, {
    message: "a custom fault needs a status",
    path: ["status"],
  });

const taskFaultSchema = z.object({
  endpoint: z.literal("task"),
  fault: z.literal("fail"),
  times: z.number().int().min(1).max(1000).default(1),
  error: taskErrorSchema.default(defaultForcedTaskError),
});

const otherTaskFaultSchema = z.object({
  endpoint: z.literal("task"),
  /** `stuck`: never finishes; `cancel`: ends `cancelled` when its time is up. */
  fault: z.enum(["stuck", "cancel"]),
  times: z.number().int().min(1).max(1000).default(1),
});

export const faultRequestSchema = z.union([httpFaultSchema, taskFaultSchema, otherTaskFaultSchema]);
export type FaultRequest = z.infer<typeof faultRequestSchema>;

export type HttpFault = Omit<z.infer<typeof httpFaultSchema>, "endpoint" | "times">;

/** What the next submitted task takes from the queue. */
export type TaskFate = { error: TaskError | null; stuck: boolean; cancel: boolean };

/** Deterministic FIFO queues: each queued fault answers exactly one matching request. */
export class FaultQueue {
  private readonly http = new Map<HttpEndpoint, HttpFault[]>();
  private readonly taskErrors: TaskError[] = [];
  private stuckTasks = 0;
  private cancelledTasks = 0;

  add(request: FaultRequest): void {
    for (let i = 0; i < request.times; i++) {
      if (request.endpoint !== "task") {
        const { endpoint, times: _times, ...fault } = request;
        const queue = this.http.get(endpoint) ?? [];
        queue.push(fault);
        this.http.set(endpoint, queue);
      } else if (request.fault === "fail") this.taskErrors.push(request.error);
      else if (request.fault === "stuck") this.stuckTasks += 1;
      else this.cancelledTasks += 1;
    }
  }

  takeHttp(endpoint: HttpEndpoint): HttpFault | undefined {
    return this.http.get(endpoint)?.shift();
  }

  /** One queued failure, stuck and cancel fault each (they combine, failure wins over cancel). */
  takeTaskFate(): TaskFate {
    const error = this.taskErrors.shift() ?? null;
    const stuck = this.stuckTasks > 0;
    if (stuck) this.stuckTasks -= 1;
    const cancel = error === null && this.cancelledTasks > 0;
    if (cancel) this.cancelledTasks -= 1;
    return { error, stuck, cancel };
  }

  snapshot(): Record<HttpEndpoint, HttpFault[]> & { task: TaskError[]; stuck: number; cancel: number } {
    return {
      submit: [...(this.http.get("submit") ?? [])],
      poll: [...(this.http.get("poll") ?? [])],
      upload: [...(this.http.get("upload") ?? [])],
      balance: [...(this.http.get("balance") ?? [])],
      task: [...this.taskErrors],
      stuck: this.stuckTasks,
      cancel: this.cancelledTasks,
    };
  }

  clear(): void {
    this.http.clear();
    this.taskErrors.length = 0;
    this.stuckTasks = 0;
    this.cancelledTasks = 0;
  }
}
