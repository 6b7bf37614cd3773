import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { resultLifetimeSeconds, taskPhase } from "./task-view";
import type { TaskStore } from "./tasks";

export interface DataPaths {
  root: string;
  tasks: string;
  videos: string;
  uploads: string;
  /** Kept apart from `uploads` so no upload name can ever address a metadata file. */
  uploadsMeta: string;
  work: string;
  incoming: string;
}

export function dataPaths(root: string): DataPaths {
  const abs = resolve(root);
  return {
    root: abs,
    tasks: join(abs, "tasks"),
    videos: join(abs, "videos"),
    uploads: join(abs, "uploads"),
    uploadsMeta: join(abs, "uploads-meta"),
    work: join(abs, "work"),
    incoming: join(abs, "incoming"),
  };
}

export async function createDataDirs(paths: DataPaths): Promise<void> {
  for (const dir of [paths.tasks, paths.videos, paths.uploads, paths.uploadsMeta, paths.work, paths.incoming]) {
    await mkdir(dir, { recursive: true });
  }
}

/** Uploaded inputs stay available 72 h on APIMart. */
export const uploadLifetimeSeconds = 72 * 3600;

export const storedNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const videoNamePattern = /-video_(task_[0-9A-Z]{26})\.mp4$/;

const uploadMetaSchema = z.object({
  filename: z.string(),
  content_type: z.string(),
  bytes: z.number(),
  created_at: z.number(),
  expired: z.boolean(),
});
export type UploadMeta = z.infer<typeof uploadMetaSchema>;

export type FileKind = "image" | "video";

/** Where stored files live and whether a given public name may still be served. */
export class FileStore {
  constructor(
    readonly paths: DataPaths,
    private readonly tasks: TaskStore,
  ) {}

  async saveUpload(tempPath: string, name: string, meta: UploadMeta): Promise<void> {
    await rename(tempPath, join(this.paths.uploads, name));
    await this.writeMeta(name, meta);
  }

  private async writeMeta(name: string, meta: UploadMeta): Promise<void> {
    await writeFile(join(this.paths.uploadsMeta, `${name}.json`), JSON.stringify(meta));
  }

  private async readMeta(name: string): Promise<UploadMeta | null> {
    try {
      const parsed = uploadMetaSchema.safeParse(
        JSON.parse(await readFile(join(this.paths.uploadsMeta, `${name}.json`), "utf8")),
      );
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Path and type of a servable file, or null when unknown or expired. */
  async lookup(kind: FileKind, name: string, nowMs: number): Promise<{ path: string; contentType: string } | null> {
    if (!storedNamePattern.test(name)) return null;
    if (kind === "image") {
      const meta = await this.readMeta(name);
      if (meta === null || meta.expired || nowMs >= (meta.created_at + uploadLifetimeSeconds) * 1000) return null;
      return { path: join(this.paths.uploads, name), contentType: meta.content_type };
    }
    const taskId = videoNamePattern.exec(name)?.[1];
    const task = taskId === undefined ? undefined : this.tasks.get(taskId);
    if (task === undefined || task.expired || task.render.status !== "done" || task.render.file !== name) return null;
    const phase = taskPhase(task, nowMs);
    if (phase.kind === "completed" && nowMs >= (Math.floor(phase.endMs / 1000) + resultLifetimeSeconds) * 1000)
      return null;
    return { path: join(this.paths.videos, name), contentType: "video/mp4" };
  }

  async expireUploads(): Promise<number> {
    let count = 0;
    for (const file of await readdir(this.paths.uploadsMeta)) {
      const name = file.replace(/\.json$/, "");
      const meta = await this.readMeta(name);
      if (meta === null || meta.expired) continue;
      await this.writeMeta(name, { ...meta, expired: true });
      count++;
    }
    return count;
  }
}
