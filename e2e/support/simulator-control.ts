/** The simulator's test-only control API (/__sim/...), over real HTTP. */
export type FaultEndpoint = "submit" | "poll" | "upload";
export type Fault = "401" | "402" | "429" | "500" | "hang";

export type ReceivedRequest = {
  method: string;
  path: string;
  body?: unknown;
  /** The injected fault that answered this request instead of the simulator, if any. */
  fault?: string;
  /** The status the simulator answered with (null while unanswered). */
  status: number | null;
};

export type QueuedFaults = { submit: unknown[]; poll: unknown[]; upload: unknown[]; task: unknown[] };

export class SimulatorControl {
  constructor(private readonly baseUrl: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${await response.text()}`);
    return response;
  }

  async fault(endpoint: FaultEndpoint, fault: Fault, options: { times?: number; hangMs?: number } = {}) {
    await this.call("POST", "/__sim/faults", { endpoint, fault, ...options });
  }

  async failNextTask(error?: { code: number | string; message: string; type?: string }) {
    await this.call("POST", "/__sim/faults", { endpoint: "task", fault: "fail", ...(error ? { error } : {}) });
  }

  /** The next submitted task never finishes upstream. */
  async stickNextTask() {
    await this.call("POST", "/__sim/faults", { endpoint: "task", fault: "stuck" });
  }

  /** Faults queued and not yet served. */
  async queuedFaults(): Promise<QueuedFaults> {
    return (await (await this.call("GET", "/__sim/faults")).json()) as QueuedFaults;
  }

  async clearFaults() {
    await this.call("DELETE", "/__sim/faults");
  }

  async requests(): Promise<ReceivedRequest[]> {
    return (await (await this.call("GET", "/__sim/requests")).json()) as ReceivedRequest[];
  }

  /** Bodies of the submits the simulator read (a submit answered by an injected fault has none). */
  async submits(): Promise<Array<Record<string, unknown>>> {
    return (await this.requests()).flatMap((request) =>
      request.method === "POST" &&
      request.path === "/v1/videos/generations" &&
      request.body &&
      typeof request.body === "object"
        ? [request.body as Record<string, unknown>]
        : [],
    );
  }

  async expire(options: { taskId?: string; uploads?: boolean } = {}) {
    await this.call("POST", "/__sim/expire", { task_id: options.taskId, uploads: options.uploads });
  }
}
