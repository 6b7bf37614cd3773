import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import {
  type ApiError,
  type ApiErrorBody,
  defaultForcedTaskError,
  gatewayTimeoutError,
  insufficientBalanceError,
  internalError,
  invalidKeyError,
  rateLimitError,
} from "./errors";
import { discardBody, sendJson } from "./http";
import { apiErrorSchema } from "./task-record";

export const httpEndpoints = ["submit", "poll", "upload"] as const;
export type HttpEndpoint = (typeof httpEndpoints)[number];

const httpFaultSchema = z.object({
  endpoint: z.enum(httpEndpoints),
  fault: z.enum(["401", "402", "429", "500", "hang"]),
  times: z.number().int().min(1).max(1000).default(1),
  hangMs: z.number().int().min(0).max(600_000).default(120_000),
});

const taskFaultSchema = z.object({
  endpoint: z.literal("task"),
  fault: z.literal("fail"),
  times: z.number().int().min(1).max(1000).default(1),
  error: apiErrorSchema.default(defaultForcedTaskError),
});

const stuckFaultSchema = z.object({
  endpoint: z.literal("task"),
  fault: z.literal("stuck"),
  times: z.number().int().min(1).max(1000).default(1),
});

export const faultRequestSchema = z.union([httpFaultSchema, taskFaultSchema, stuckFaultSchema]);
export type FaultRequest = z.infer<typeof faultRequestSchema>;

export interface HttpFault {
  fault: z.infer<typeof httpFaultSchema>["fault"];
  hangMs: number;
}

/** Deterministic FIFO queues: each queued fault answers exactly one matching request. */
export class FaultQueue {
  private readonly http = new Map<HttpEndpoint, HttpFault[]>();
  private readonly taskErrors: ApiError[] = [];
  private stuckTasks = 0;

  add(request: FaultRequest): void {
    for (let i = 0; i < request.times; i++) {
      if (request.endpoint === "task" && request.fault === "stuck") {
        this.stuckTasks += 1;
      } else if (request.endpoint === "task") {
        this.taskErrors.push(request.error);
      } else {
        const queue = this.http.get(request.endpoint) ?? [];
        queue.push({ fault: request.fault, hangMs: request.hangMs });
        this.http.set(request.endpoint, queue);
      }
    }
  }

  takeHttp(endpoint: HttpEndpoint): HttpFault | undefined {
    return this.http.get(endpoint)?.shift();
  }

  /** Whether the next task should never finish. */
  takeStuck(): boolean {
    if (this.stuckTasks === 0) return false;
    this.stuckTasks -= 1;
    return true;
  }

  takeTaskError(): ApiError | undefined {
    return this.taskErrors.shift();
  }

  snapshot(): { submit: HttpFault[]; poll: HttpFault[]; upload: HttpFault[]; task: ApiError[] } {
    return {
      submit: [...(this.http.get("submit") ?? [])],
      poll: [...(this.http.get("poll") ?? [])],
      upload: [...(this.http.get("upload") ?? [])],
      task: [...this.taskErrors],
    };
  }

  clear(): void {
    this.http.clear();
    this.taskErrors.length = 0;
    this.stuckTasks = 0;
  }
}

const faultBodies: Record<Exclude<HttpFault["fault"], "hang" | "401">, { status: number; body: ApiErrorBody }> = {
  "402": { status: 402, body: insufficientBalanceError },
  "429": { status: 429, body: rateLimitError },
  "500": { status: 500, body: internalError },
};

/**
 * Answers a request with an injected fault. `hang` keeps the request open until the client gives up,
 * the hang time ends (then a gateway-style 504, like a proxy timing out) or the simulator closes.
 */
export async function answerWithFault(
  fault: HttpFault,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  closing: AbortSignal,
): Promise<void> {
  discardBody(req);
  if (fault.fault === "401") return sendJson(res, 401, invalidKeyError(requestId));
  if (fault.fault !== "hang") {
    const { status, body } = faultBodies[fault.fault];
    return sendJson(res, status, body);
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, fault.hangMs);
    res.on("close", finish);
    closing.addEventListener("abort", finish);
    function finish(): void {
      clearTimeout(timer);
      res.off("close", finish);
      closing.removeEventListener("abort", finish);
      resolve();
    }
  });
  if (!res.writableEnded && !res.destroyed) sendJson(res, 504, gatewayTimeoutError);
}
