import type { TaskRecord } from "./task-record";

/**
 * Public names of a task's result files. The MP4 on disk keeps its first name; a renewed link (see
 * `/__sim/expire` `renew`) inserts `-r<N>` so old and new links differ while both map to the same file.
 * Thumbnails share the name with `thumbnail_` and `.jpg`, like APIMart's `...-thumbnail_<task>.jpg`.
 */

const resultNamePattern = /^(.+?)(?:-r(\d+))?-(video|thumbnail)_(task_[0-9A-HJKMNP-TV-Z]{26})\.(mp4|jpg)$/;

export type ResultName = { taskId: string; file: string; version: number; thumbnail: boolean };

export function parseResultName(kind: "image" | "video", name: string): ResultName | null {
  const match = resultNamePattern.exec(name);
  if (match === null) return null;
  const [, stem = "", version = "0", what, taskId = "", ext] = match;
  const thumbnail = what === "thumbnail";
  if (thumbnail !== (kind === "image") || ext !== (thumbnail ? "jpg" : "mp4")) return null;
  return { taskId, file: `${stem}-video_${taskId}.mp4`, version: Number(version), thumbnail };
}

function versioned(file: string, version: number, what: "video" | "thumbnail"): string {
  const stem = file.replace(/-video_(task_\w+)\.mp4$/, "");
  const taskId = /-video_(task_\w+)\.mp4$/.exec(file)?.[1] ?? "";
  return `${stem}${version === 0 ? "" : `-r${version}`}-${what}_${taskId}.${what === "video" ? "mp4" : "jpg"}`;
}

export function videoName(task: TaskRecord, file: string): string {
  return versioned(file, task.linkVersion, "video");
}

export function thumbnailName(task: TaskRecord, file: string): string {
  return versioned(file, task.linkVersion, "thumbnail");
}
