import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { taskIdPattern } from "./ids";
import { type TaskRecord, taskRecordSchema } from "./task-record";

/**
 * In-memory task map mirrored to one JSON file per task, so a restarted simulator still answers polls.
 * Writes per task are chained so an older state can never overwrite a newer one on disk.
 */
export class TaskStore {
  private readonly tasks = new Map<string, TaskRecord>();
  private readonly writes = new Map<string, Promise<void>>();

  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void,
  ) {}

  async load(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith(".json")) continue;
      try {
        const parsed = taskRecordSchema.safeParse(JSON.parse(await readFile(join(this.dir, name), "utf8")));
        if (parsed.success && taskIdPattern.test(parsed.data.id)) this.tasks.set(parsed.data.id, parsed.data);
        else this.log(`simulator: ignoring malformed task file ${name}`);
      } catch {
        this.log(`simulator: ignoring unreadable task file ${name}`);
      }
    }
  }

  get(id: string): TaskRecord | undefined {
    return this.tasks.get(id);
  }

  all(): TaskRecord[] {
    return [...this.tasks.values()];
  }

  async save(task: TaskRecord): Promise<void> {
    this.tasks.set(task.id, task);
    const text = JSON.stringify(task, null, 2);
    const previous = this.writes.get(task.id) ?? Promise.resolve();
    const next = previous.then(async () => {
      const tmp = join(this.dir, `.${task.id}.tmp`);
      await writeFile(tmp, text);
      await rename(tmp, join(this.dir, `${task.id}.json`));
    });
    this.writes.set(
      task.id,
      next.catch(() => undefined),
    );
    await next;
  }

  /** Updates a task only if it still exists (a reset may have removed it while it rendered). */
  async update(id: string, change: (task: TaskRecord) => TaskRecord): Promise<TaskRecord | undefined> {
    const current = this.tasks.get(id);
    if (current === undefined) return undefined;
    const next = change(current);
    await this.save(next);
    return next;
  }

  /** Forgets one task, on disk too (after any write still in flight for it). */
  async delete(id: string): Promise<boolean> {
    const existed = this.tasks.delete(id);
    await this.writes.get(id);
    this.writes.delete(id);
    await rm(join(this.dir, `${id}.json`), { force: true });
    return existed;
  }

  async clear(): Promise<void> {
    this.tasks.clear();
    await Promise.all(this.writes.values());
    this.writes.clear();
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
  }
}
