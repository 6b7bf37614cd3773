/**
 * Runs render jobs a few at a time (one by default: a single ffmpeg already uses every core).
 * Jobs get an AbortSignal so closing or resetting the simulator stops ffmpeg promptly.
 */
export class RenderQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(
    private readonly concurrency: number,
    private readonly work: (id: string, signal: AbortSignal) => Promise<void>,
    private readonly log: (line: string) => void,
  ) {}

  enqueue(id: string): void {
    if (this.waiting.includes(id) || this.running.has(id)) return;
    this.waiting.push(id);
    this.pump();
  }

  private pump(): void {
    while (this.running.size < this.concurrency) {
      const id = this.waiting.shift();
      if (id === undefined) return;
      const controller = new AbortController();
      const done = this.work(id, controller.signal)
        .catch((error: unknown) => this.log(`simulator: render of ${id} crashed: ${String(error)}`))
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
      this.running.set(id, { controller, done });
    }
  }

  /** Drops or aborts one task's job, resolving once it has stopped. */
  async cancel(id: string): Promise<void> {
    const index = this.waiting.indexOf(id);
    if (index >= 0) this.waiting.splice(index, 1);
    const job = this.running.get(id);
    if (job === undefined) return;
    job.controller.abort();
    await job.done;
  }

  /** Drops waiting jobs and aborts running ones, resolving once they have stopped. */
  async cancelAll(): Promise<void> {
    this.waiting.length = 0;
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.all(jobs.map((job) => job.done));
  }
}
