import { randomUUID } from "node:crypto";
import { access, mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  imageDownloadFailedMessage,
  imagePixelInvalidMessage,
  inputVideoTaskError,
  klingInputError,
  renderFailedTaskError,
} from "./errors";
import { newFilePrefix } from "./ids";
import { loadImage, probeVideoUrl, type ResolveLocal } from "./media-sources";
import { outputSize } from "./render-layout";
import { renderVideo } from "./render-video";
import type { RenderState, TaskRecord } from "./task-record";
import type { TaskStore } from "./tasks";

export interface RenderDeps {
  store: TaskStore;
  workRoot: string;
  videosDir: string;
  resolveLocal: ResolveLocal;
  log: (line: string) => void;
  /** ffmpeg executable; tests point it at a failing program to exercise the failure path. */
  ffmpeg?: string;
  /** The `bad_inputs` variant in force: skip images it cannot use, or fail the task like Kling does. */
  badInputs(): "skip" | "fail";
}

/** Same naming scheme as APIMart's result files: `<id>-<uuid>-video_<task_id>.mp4`. */
export function videoFileName(taskId: string): string {
  return `${newFilePrefix()}-${randomUUID()}-video_${taskId}.mp4`;
}

/** APIMart prepends `<<<image_1>>>` when images are sent without any image token. */
export function effectivePrompt(prompt: string, imageCount: number): string {
  return imageCount > 0 && !/<<<image_\d+>>>/.test(prompt) ? `<<<image_1>>>${prompt}` : prompt;
}

async function outputSeconds(task: TaskRecord, deps: RenderDeps, signal: AbortSignal): Promise<number | string> {
  const video = task.request.video;
  if (video === null || video.refer_type !== "base") return task.request.duration;
  const probe = await probeVideoUrl(video.video_url, deps.resolveLocal, signal);
  if (!probe.ok) return probe.reason;
  // Edits follow the input length, which upstream allows between 3 and 10 s.
  return Math.min(10, Math.max(3, Math.round(probe.seconds * 10) / 10));
}

/** Produces the MP4 for a task; null means it was aborted and nothing should be recorded. */
export async function renderTask(
  task: TaskRecord,
  file: string,
  deps: RenderDeps,
  signal: AbortSignal,
): Promise<RenderState | null> {
  const workDir = join(deps.workRoot, task.id);
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  try {
    const seconds = await outputSeconds(task, deps, signal);
    if (signal.aborted) return null;
    if (typeof seconds === "string")
      return { status: "failed", error: inputVideoTaskError(seconds), finishedMs: Date.now() };
    const images: { label: string; path: string }[] = [];
    const skipped: string[] = [];
    const strict = deps.badInputs() === "fail";
    for (const [i, url] of task.request.image_urls.entries()) {
      const loaded = await loadImage(url, join(workDir, `input-${i + 1}`), deps.resolveLocal, signal);
      if (signal.aborted) return null;
      if (loaded.ok) images.push({ label: String(i + 1), path: loaded.path });
      else if (!strict) skipped.push(String(i + 1));
      else {
        const message = loaded.reason === "undecodable" ? imagePixelInvalidMessage : imageDownloadFailedMessage;
        return { status: "failed", error: klingInputError(message), finishedMs: Date.now() };
      }
    }
    const { width, height } = outputSize(task.request.mode, task.request.aspect_ratio);
    const notes = skipped.length > 0 ? ` · image ${skipped.join(", ")} unavailable` : "";
    const video = task.request.video === null ? "" : ` · video ${task.request.video.refer_type}`;
    const output = join(workDir, "output.mp4");
    const result = await renderVideo(
      {
        width,
        height,
        seconds,
        header: `APIMart simulator · kling-video-o1 ${task.request.mode} ${width}x${height} · ${seconds} s${video}${notes} · ${task.id}`,
        prompt: effectivePrompt(task.request.prompt, task.request.image_urls.length),
        images,
      },
      workDir,
      output,
      signal,
      deps.ffmpeg,
    );
    if (signal.aborted) return null;
    if (!result.ok) {
      deps.log(`simulator: render of ${task.id} failed: ${result.reason}`);
      return { status: "failed", error: renderFailedTaskError, finishedMs: Date.now() };
    }
    await rename(output, join(deps.videosDir, file));
    return { status: "done", file, seconds, finishedMs: Date.now() };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Whether a loaded task still needs an MP4 (never rendered, or its file vanished from disk). */
export async function needsRender(task: TaskRecord, videosDir: string): Promise<boolean> {
  if (task.render.status === "queued") return true;
  return task.render.status === "done" && !(await exists(join(videosDir, task.render.file)));
}

/**
 * Queue worker. A re-render of a vanished file keeps its name and finish time, so URLs and timestamps
 * a client has already seen stay valid.
 */
export async function runRenderJob(id: string, deps: RenderDeps, signal: AbortSignal): Promise<void> {
  const task = deps.store.get(id);
  if (task === undefined) return;
  const previous = task.render.status === "done" ? task.render : null;
  if (task.render.status !== "queued" && previous === null) return;
  const state = await renderTask(task, previous?.file ?? videoFileName(id), deps, signal);
  if (state === null || signal.aborted) return;
  const next = previous !== null && state.status === "done" ? { ...state, finishedMs: previous.finishedMs } : state;
  await deps.store.update(id, (current) => ({ ...current, render: next }));
}
