import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { parseResultName } from "./result-links";
import { resultLifetimeSeconds, taskPhase } from "./task-view";
import type { TaskStore } from "./tasks";
import { ensureThumbnail } from "./thumbnails";

export interface DataPaths {
  root: string;
  tasks: string;
  videos: string;
  uploads: string;
  /** Kept apart from `uploads` so no upload name can ever address a metadata file. */
  uploadsMeta: string;
  /** Result thumbnails, made on first request. */
  thumbnails: string;
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
    thumbnails: join(abs, "thumbnails"),
    work: join(abs, "work"),
    incoming: join(abs, "incoming"),
  };
}

export async function createDataDirs(paths: DataPaths): Promise<void> {
  for (const dir of [
    paths.tasks,
    paths.videos,
    paths.uploads,
    paths.uploadsMeta,
    paths.thumbnails,
    paths.work,
    paths.incoming,
  ]) {
    await mkdir(dir, { recursive: true });
  }
}

/** Uploaded inputs stay available 72 h on APIMart. */
export const uploadLifetimeSeconds = 72 * 3600;

export const storedNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

const uploadMetaSchema = z.object({
  filename: z.string(),
  content_type: z.string(),
  bytes: z.number(),
  created_at: z.number(),
  expired: z.boolean(),
});
export type UploadMeta = z.infer<typeof uploadMetaSchema>;

export type FileKind = "image" | "video";

/** A servable file, a result link that is no longer valid (404 or 410), or nothing by that name. */
export type Lookup =
  | { kind: "file"; path: string; contentType: string }
  | { kind: "gone"; status: 404 | 410 }
  | { kind: "missing" };

/** Where stored files live and whether a given public name may still be served. */
export class FileStore {
  constructor(
    readonly paths: DataPaths,
    private readonly tasks: TaskStore,
    private readonly ffmpeg?: string,
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

  /** Which task a result file name belongs to, if it is one. */
  resultTask(kind: FileKind, name: string): string | undefined {
    return storedNamePattern.test(name) ? parseResultName(kind, name)?.taskId : undefined;
  }

  /** Path and type of a servable file, or why it cannot be served. */
  async lookup(kind: FileKind, name: string, nowMs: number): Promise<Lookup> {
    if (!storedNamePattern.test(name)) return { kind: "missing" };
    if (kind === "image") {
      const meta = await this.readMeta(name);
      if (meta !== null) {
        if (meta.expired || nowMs >= (meta.created_at + uploadLifetimeSeconds) * 1000) return { kind: "missing" };
        return { kind: "file", path: join(this.paths.uploads, name), contentType: meta.content_type };
      }
    }
    return this.lookupResult(kind, name, nowMs);
  }

  private async lookupResult(kind: FileKind, name: string, nowMs: number): Promise<Lookup> {
    const parsed = parseResultName(kind, name);
    const task = parsed === null ? undefined : this.tasks.get(parsed.taskId);
    if (parsed === null || task === undefined || task.render.status !== "done" || task.render.file !== parsed.file)
      return { kind: "missing" };
    if (task.expired || parsed.version !== task.linkVersion) return { kind: "gone", status: task.expiredStatus };
    const phase = taskPhase(task, nowMs);
    if (phase.kind !== "completed") return { kind: "missing" };
    if (nowMs >= (Math.floor(phase.endMs / 1000) + resultLifetimeSeconds) * 1000) return { kind: "gone", status: 404 };
    const video = join(this.paths.videos, task.render.file);
    if (!parsed.thumbnail) return { kind: "file", path: video, contentType: "video/mp4" };
    const thumbnail = await ensureThumbnail(video, this.paths.thumbnails, task.id, this.ffmpeg);
    return thumbnail === null ? { kind: "missing" } : { kind: "file", path: thumbnail, contentType: "image/jpeg" };
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
