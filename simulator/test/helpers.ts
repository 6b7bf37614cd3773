import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type SimulatorOptions, startSimulator } from "../server";

const run = promisify(execFile);

export interface TestSimulator {
  url: string;
  dataDir: string;
  close(): Promise<void>;
  /** Stops the simulator but keeps its data directory (for restart tests). */
  stop(): Promise<void>;
}

export const testKey = "sk-test";

/** A simulator on a free port in a fresh temp data dir, quiet unless something breaks. */
export async function startTestSimulator(options: Partial<SimulatorOptions> = {}): Promise<TestSimulator> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "o1sim-")));
  const sim = await startSimulator({ port: 0, taskSeconds: 2, log: () => undefined, ...options, dataDir });
  return {
    url: sim.url,
    dataDir,
    stop: () => sim.close(),
    close: async () => {
      await sim.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function authHeaders(key = testKey): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}

export async function submit(
  base: string,
  body: unknown,
  headers: Record<string, string> = authHeaders(),
): Promise<{ status: number; json: unknown; response: Response }> {
  const response = await fetch(`${base}/v1/videos/generations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json(), response };
}

export async function submitOk(base: string, body: unknown): Promise<string> {
  const { status, json } = await submit(base, body);
  if (status !== 200) throw new Error(`submit failed: ${status} ${JSON.stringify(json)}`);
  return taskIdOf(json);
}

export function taskIdOf(json: unknown): string {
  const id = (json as { data?: { task_id?: unknown }[] }).data?.[0]?.task_id;
  if (typeof id !== "string") throw new Error(`no task id in ${JSON.stringify(json)}`);
  return id;
}

export async function poll(base: string, taskId: string): Promise<{ status: number; json: TaskJson }> {
  const response = await fetch(`${base}/v1/tasks/${taskId}`, { headers: authHeaders() });
  return { status: response.status, json: (await response.json()) as TaskJson };
}

export interface TaskData {
  id: string;
  status: string;
  progress: number;
  created: number;
  estimated_time: number;
  completed?: number;
  actual_time?: number;
  cost?: number;
  credits_cost?: number;
  result?: {
    thumbnail_url?: string;
    videos: {
      url: string[] | string | { url: string; duration: number; width: number; height: number };
      expires_at: number;
    }[];
  };
  error?: Record<string, unknown> | string;
}
export interface TaskJson {
  code: number;
  data: TaskData;
}

export async function waitForTerminal(base: string, taskId: string, timeoutMs = 60_000): Promise<TaskData> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { json } = await poll(base, taskId);
    if (["completed", "failed", "cancelled"].includes(json.data.status)) return json.data;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${json.data.status}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The first result URL, whichever shape `url` has. */
export function videoUrlOf(data: TaskData): string {
  const raw = data.result?.videos[0]?.url;
  const url = typeof raw === "string" ? raw : Array.isArray(raw) ? raw[0] : raw?.url;
  if (url === undefined) throw new Error(`no video url in ${JSON.stringify(data)}`);
  return url;
}

export async function control(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${base}/__sim/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

export async function upload(
  base: string,
  bytes: Uint8Array,
  filename: string,
  field = "file",
  headers: Record<string, string> = authHeaders(),
): Promise<{ status: number; json: Record<string, unknown> }> {
  const form = new FormData();
  // slice() gives the ArrayBuffer-backed copy Blob wants.
  form.append(field, new Blob([bytes.slice()]), filename);
  const response = await fetch(`${base}/v1/uploads/images`, { method: "POST", headers, body: form });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Small real images made by ffmpeg, so the render path decodes genuine files. */
export async function makeImage(dir: string, name: string, size = "96x64"): Promise<Uint8Array> {
  const path = join(dir, name);
  await run("ffmpeg", [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc=s=${size}`,
    "-frames:v",
    "1",
    path,
  ]);
  return new Uint8Array(await readFile(path));
}

export async function makeVideo(dir: string, name: string, seconds: number): Promise<string> {
  const path = join(dir, name);
  await run("ffmpeg", [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc=s=320x240:r=24:d=${seconds}`,
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-pix_fmt",
    "yuv420p",
    "-movflags",
    "+faststart",
    path,
  ]);
  return path;
}

export interface ProbeResult {
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    r_frame_rate?: string;
  }[];
  format: { duration: string };
}

export async function ffprobe(path: string): Promise<ProbeResult> {
  const { stdout } = await run("ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration:stream=codec_type,codec_name,width,height,pix_fmt,r_frame_rate",
    "-of",
    "json",
    path,
  ]);
  return JSON.parse(stdout) as ProbeResult;
}

/** Top-level MP4 boxes in file order (size + 4-char type headers). */
export function topLevelBoxes(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxes: string[] = [];
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (size === 1) size = Number(view.getBigUint64(offset + 8));
    if (size === 0) size = bytes.length - offset;
    boxes.push(type);
    if (size < 8) break;
    offset += size;
  }
  return boxes;
}
