import type { Balance, GenerationRequest, SubmitResult, UploadedImage, UpstreamTask } from "@/lib/apimart";
import { ApimartError } from "@/lib/apimart";
import { AppError } from "@/lib/errors";
import type { Upstream } from "@/lib/generations/deps";

/** A queued behaviour for the next call: throw this error, optionally after the call took effect. */
export type Fault = { error: unknown; after?: boolean };

export const timeout = () => new AppError("timeout", undefined, { detail: "fake: no answer" });
export const notFound = () =>
  new ApimartError("not_found", "The video service has no record of this task (it may have expired).", {
    status: 404,
  });
export const refusedKey = (status = 403) =>
  new ApimartError("auth", "The APIMart key is not allowed for this model or from this server's address.", {
    status,
  });

/**
 * APIMart in process, for unit tests of the lifecycle's logic: keeps tasks by id, replays an Idempotency-Key
 * like the real service (same key → same task), and answers queued faults first. Tests move tasks along with
 * `setTask`.
 */
export class FakeUpstream implements Upstream {
  readonly submits: Array<{ body: GenerationRequest; key?: string }> = [];
  readonly polls: string[] = [];
  readonly uploads: Array<{ filename: string; bytes: number; type: string }> = [];
  readonly tasks = new Map<string, UpstreamTask>();
  private readonly keys = new Map<string, { taskId: string; body: string }>();
  private readonly faults: Record<"submit" | "poll" | "upload" | "balance", Fault[]> = {
    submit: [],
    poll: [],
    upload: [],
    balance: [],
  };
  balance: Balance = { unlimited: false, remainingUsd: 42.5, remainingCredits: 425 };
  /** A held submit waits for this (see `hold`). */
  private gate?: Promise<void>;

  fail(endpoint: keyof FakeUpstream["faults"], error: unknown, options: { times?: number; after?: boolean } = {}) {
    for (let i = 0; i < (options.times ?? 1); i++) this.faults[endpoint].push({ error, after: options.after });
  }

  clearFaults() {
    for (const queue of Object.values(this.faults)) queue.length = 0;
  }

  /** The next submit waits until the returned function is called (to test what happens meanwhile). */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  setTask(id: string, patch: Partial<UpstreamTask>) {
    const task = this.tasks.get(id);
    if (!task) throw new Error(`no task ${id}`);
    this.tasks.set(id, { ...task, ...patch });
  }

  complete(id: string, videoUrl = `https://files.test/${id}.mp4`, extra: Partial<UpstreamTask> = {}) {
    this.setTask(id, { status: "completed", progress: 100, videoUrl, cost: 0.336, creditsCost: 3.36, ...extra });
  }

  async submitGeneration(body: GenerationRequest, opts?: { idempotencyKey?: string }): Promise<SubmitResult> {
    this.submits.push({ body, key: opts?.idempotencyKey });
    if (this.gate) {
      const gate = this.gate;
      this.gate = undefined;
      await gate;
    }
    const fault = this.faults.submit.shift();
    if (fault && !fault.after) throw fault.error;
    const key = opts?.idempotencyKey;
    const known = key ? this.keys.get(key) : undefined;
    let taskId: string;
    if (known) {
      if (known.body !== JSON.stringify(body)) {
        throw new ApimartError("invalid_request", "This request key was already used for a different request.", {
          status: 409,
          idempotency: "key_reused",
        });
      }
      taskId = known.taskId;
    } else {
      taskId = `task_${this.tasks.size + 1}`;
      this.tasks.set(taskId, { id: taskId, status: "pending", progress: 0, estimatedTime: 60 });
      if (key) this.keys.set(key, { taskId, body: JSON.stringify(body) });
    }
    if (fault) throw fault.error;
    return { taskId };
  }

  /** Tasks created upstream (what would be charged). */
  get created(): number {
    return this.tasks.size;
  }

  async getTask(taskId: string): Promise<UpstreamTask> {
    this.polls.push(taskId);
    const fault = this.faults.poll.shift();
    if (fault) throw fault.error;
    const task = this.tasks.get(taskId);
    if (!task) throw notFound();
    return { ...task };
  }

  async uploadImage(file: Blob, filename: string): Promise<UploadedImage> {
    const fault = this.faults.upload.shift();
    if (fault) throw fault.error;
    this.uploads.push({ filename, bytes: file.size, type: file.type });
    return {
      url: `https://upload.test/f/image/${this.uploads.length}-${filename}`,
      filename,
      contentType: file.type,
      bytes: file.size,
      createdAt: 0,
    };
  }

  async getBalance(): Promise<Balance> {
    const fault = this.faults.balance.shift();
    if (fault) throw fault.error;
    return this.balance;
  }
}
