/** The simulator's test-only control API (/__sim/...), over real HTTP. See simulator/README.md. */
export type FaultEndpoint = "submit" | "poll" | "upload" | "balance";
export type Fault =
  | "401"
  | "402"
  | "403"
  | "429"
  | "500"
  | "502"
  | "503"
  | "build_request_failed"
  | "image_count"
  | "idempotency_in_progress"
  | "idempotency_key_reused"
  | "idempotency_result_indeterminate"
  | "idempotency_unavailable"
  | "hang"
  | "drop"
  | "custom";

/** An APIMart `error` object; failed tasks may also carry a bare string. */
export type VendorErrorBody = { code?: number | string; message: string; type: string; param?: string };

export type FaultOptions = {
  times?: number;
  hangMs?: number;
  /** `Retry-After` sent with the faulted answer (seconds or an HTTP date). */
  retryAfter?: number | string;
  /** `after` (submit only): the task is created and charged, then the answer is replaced by the fault. */
  stage?: "before" | "after";
  /** HTTP status of a `custom` fault. */
  status?: number;
  /** Replaces the answer's `error` (a bare string is sent as `{"error":"…"}`). */
  error?: VendorErrorBody | string;
};

export type ResultRedirect = { target?: string; hops?: number; status?: 301 | 302 | 303 | 307 | 308 };

/** Variants one task may override; `null` on a task override means "back to the global value". */
export type TaskVariantsPatch = {
  url_shape?: "array" | "string" | "object" | null;
  thumbnail?: boolean | null;
  early_status?: "pending" | "submitted" | null;
  error_shape?: "object" | "string" | null;
  /** `true`: one 302 to the simulator's mirror on `localhost`; `false`: served directly. */
  result_redirect?: ResultRedirect | boolean | null;
  /** The result video's bytes are spread over this many milliseconds (a slow file host). */
  download_ms?: number | null;
};

export type GlobalVariantsPatch = TaskVariantsPatch & {
  not_found?: 404 | 400;
  bad_inputs?: "skip" | "fail";
  image_limit?: { max?: number; max_with_video?: number; stage?: "submit" | "task" };
};

export type GlobalVariants = {
  url_shape: "array" | "string" | "object";
  thumbnail: boolean;
  early_status: "pending" | "submitted";
  error_shape: "object" | "string";
  result_redirect: { target?: string; hops: number; status: number } | null;
  download_ms: number;
  not_found: 404 | 400;
  bad_inputs: "skip" | "fail";
  image_limit: { max: number; max_with_video: number; stage: "submit" | "task" };
};

export type SimulatorBalance =
  | {
      success: true;
      remain_balance: number;
      remain_credits: number;
      used_balance: number;
      used_credits: number;
      unlimited_quota: boolean;
    }
  | { success: false; message: string };

export type ReceivedRequest = {
  method: string;
  path: string;
  /** ISO time the request arrived. */
  time: string;
  /** Request headers (never Authorization). */
  headers: Record<string, string>;
  body?: unknown;
  /** The injected fault that answered this request instead of the simulator, if any. */
  fault?: string;
  /** The status the simulator answered with (null while unanswered). */
  status: number | null;
};

export type QueuedFaults = { submit: unknown[]; poll: unknown[]; upload: unknown[]; task: unknown[] };

/** The simulator's starting balance in USD (simulator/balance.ts). */
export const SIMULATOR_START_BALANCE = 100;

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

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await this.call(method, path, body)).json()) as T;
  }

  async fault(endpoint: FaultEndpoint, fault: Fault, options: FaultOptions = {}) {
    await this.call("POST", "/__sim/faults", { endpoint, fault, ...options });
  }

  /** The next submitted task ends `failed` with this error (default: a moderation refusal). */
  async failNextTask(error?: VendorErrorBody | string) {
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

  /** The next submitted task ends `cancelled` when its time is up. */
  async cancelNextTask() {
    await this.call("POST", "/__sim/faults", { endpoint: "task", fault: "cancel" });
  }

  async clearFaults() {
    await this.call("DELETE", "/__sim/faults");
  }

  /** Faults cleared, variants back to their defaults, balance back to the start and answering. */
  async restoreDefaults() {
    await this.clearFaults();
    await this.resetVariants();
    await this.setBalance({ balance: SIMULATOR_START_BALANCE, fail: false });
  }

  /** Forgets every task, fault, logged request, key, variant and the balance (uploads stay). */
  async reset() {
    await this.call("POST", "/__sim/reset");
  }

  async requests(): Promise<ReceivedRequest[]> {
    return this.json<ReceivedRequest[]>("GET", "/__sim/requests");
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

  /**
   * Result links (one task, or all) answer `status` (default 404) from now on while the task still answers
   * with them; `renew` gives the task a new working link instead, leaving the old one dead.
   */
  async expire(options: { taskId?: string; uploads?: boolean; status?: 404 | 410; renew?: boolean } = {}) {
    await this.call("POST", "/__sim/expire", {
      task_id: options.taskId,
      uploads: options.uploads,
      status: options.status,
      renew: options.renew,
    });
  }

  /** Upstream no longer knows the task: polls answer not-found (404, or 400 with `not_found: 400`). */
  async forget(taskId: string) {
    await this.call("POST", "/__sim/forget", { task_id: taskId });
  }

  /** The task reports `cancelled` from now on (fails if it already ended). */
  async cancel(taskId: string) {
    await this.call("POST", "/__sim/cancel", { task_id: taskId });
  }

  async variants(): Promise<GlobalVariants> {
    return (await this.json<{ variants: GlobalVariants }>("GET", "/__sim/variants")).variants;
  }

  async setVariants(patch: GlobalVariantsPatch): Promise<GlobalVariants> {
    return (await this.json<{ variants: GlobalVariants }>("PUT", "/__sim/variants", patch)).variants;
  }

  async setTaskVariants(taskId: string, patch: TaskVariantsPatch) {
    await this.call("PUT", "/__sim/variants", { ...patch, task_id: taskId });
  }

  async resetVariants() {
    await this.call("DELETE", "/__sim/variants");
  }

  /** What `GET /v1/balance` would answer now. */
  async balance(): Promise<SimulatorBalance> {
    return (await this.json<{ balance: SimulatorBalance }>("GET", "/__sim/balance")).balance;
  }

  /** `balance`: USD remaining from now on (-1: unlimited); `fail`: balance queries answer `success:false`. */
  async setBalance(options: { balance?: number; fail?: boolean; failMessage?: string }) {
    await this.call("PUT", "/__sim/balance", {
      balance: options.balance,
      fail: options.fail,
      fail_message: options.failMessage,
    });
  }

  /** `mirrorUrl` is the other host name (`http://localhost:<port>`) redirected result files end on. */
  async info(): Promise<{ publicUrl: string; mirrorUrl: string }> {
    const info = await this.json<{ public_url: string; mirror_url: string }>("GET", "/__sim/info");
    return { publicUrl: info.public_url, mirrorUrl: info.mirror_url };
  }
}
