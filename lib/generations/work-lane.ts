import { logError } from "@/lib/log";

/**
 * A bounded pool for one kind of background work: at most `size` jobs at once; the sweep offers work only while
 * there is room. Lanes are separate so slow jobs of one kind (a 45 s download) never hold up another (polls).
 */
export class WorkLane {
  private readonly running = new Set<Promise<void>>();

  constructor(
    readonly name: string,
    readonly size: number,
  ) {}

  get free(): number {
    return Math.max(0, this.size - this.running.size);
  }

  /** Starts the job if there is room (false otherwise); its failure is logged, never thrown. */
  start(job: () => Promise<unknown>): boolean {
    if (this.free === 0) return false;
    const run: Promise<void> = job()
      .then(() => undefined)
      .catch((error: unknown) => logError(this.name, error))
      .finally(() => this.running.delete(run));
    this.running.add(run);
    return true;
  }

  /** Resolves once every job started so far has ended (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
