/**
 * Real video files for tests, made with ffmpeg (Node only; never imported by app code).
 * Clips are cached in the OS temp dir by a hash of their ffmpeg arguments, so several test files (and
 * re-runs) share one encode; each is written under a temporary name and renamed, so parallel workers never
 * see half a file.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const cacheDir = path.join(os.tmpdir(), "o1-studio-video-clips");

const x264 = ["-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast"];
const testsrc = (size: string, rate: number, seconds: number) => [
  "-f",
  "lavfi",
  "-i",
  `testsrc=size=${size}:rate=${rate}`,
  "-t",
  String(seconds),
];

export type ClipName = "fine" | "fineMov" | "short" | "long" | "small" | "lowFps" | "tiny" | "wrongContainer" | "text";

type Spec = { file: string; args: string[] } | { file: string; text: string };

async function hasEncoder(name: string): Promise<boolean> {
  const { stdout } = await run("ffmpeg", ["-hide_banner", "-encoders"]);
  return new RegExp(`\\s${name}\\s`).test(stdout);
}

async function specs(): Promise<Record<ClipName, Spec>> {
  // WebM needs libvpx; builds without it still prove the point with Matroska.
  const wrongContainer: Spec = (await hasEncoder("libvpx"))
    ? {
        file: "clip.webm",
        args: [
          ...testsrc("1280x720", 30, 4),
          "-c:v",
          "libvpx",
          "-deadline",
          "realtime",
          "-cpu-used",
          "16",
          "-b:v",
          "200k",
        ],
      }
    : { file: "clip.mkv", args: [...testsrc("1280x720", 30, 4), ...x264] };
  return {
    // With a sine audio track, so hasAudio is exercised.
    fine: {
      file: "fine.mp4",
      args: [
        ...testsrc("1280x720", 30, 5),
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=44100",
        "-t",
        "5",
        ...x264,
        "-c:a",
        "aac",
        "-shortest",
      ],
    },
    // Portrait at exactly 24 fps: the lower fps bound and a non-landscape size in one clip.
    fineMov: { file: "fine.mov", args: [...testsrc("720x1280", 24, 4), ...x264] },
    short: { file: "short.mp4", args: [...testsrc("1280x720", 30, 2), ...x264] },
    long: { file: "long.mp4", args: [...testsrc("1280x720", 30, 12), ...x264] },
    small: { file: "small.mp4", args: [...testsrc("640x360", 30, 5), ...x264] },
    lowFps: { file: "low-fps.mp4", args: [...testsrc("1280x720", 15, 5), ...x264] },
    // Breaks three rules at once (duration, size, fps).
    tiny: { file: "tiny.mp4", args: [...testsrc("640x360", 15, 2), ...x264] },
    wrongContainer,
    text: { file: "notes.txt", text: "These are notes, not a video.\n" },
  };
}

/** Paths of the requested clips, encoding the ones not cached yet (two at a time). */
export async function makeClips<N extends ClipName>(wanted: readonly N[]): Promise<Record<N, string>> {
  await fs.promises.mkdir(cacheDir, { recursive: true });
  const all = await specs();
  const result = {} as Record<N, string>;
  const queue = [...wanted];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      result[name] = await ensure(all[name]);
    }
  };
  await Promise.all([worker(), worker()]);
  return result;
}

async function ensure(spec: Spec): Promise<string> {
  const key = createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 12);
  // The cached file keeps its readable name inside a per-spec folder (tests serve it under that name).
  const dir = path.join(cacheDir, key);
  const target = path.join(dir, spec.file);
  if (fs.existsSync(target)) return target;
  await fs.promises.mkdir(dir, { recursive: true });
  const partial = path.join(dir, `.${process.pid}-${Date.now()}-${spec.file}`);
  if ("text" in spec) {
    await fs.promises.writeFile(partial, spec.text);
  } else {
    // The container comes from the extension of the final name, so name the format explicitly.
    const format = { ".mp4": "mp4", ".mov": "mov", ".webm": "webm", ".mkv": "matroska" }[path.extname(spec.file)];
    await run("ffmpeg", ["-v", "error", "-y", ...spec.args, "-f", format ?? "mp4", partial], { timeout: 60_000 });
  }
  await fs.promises.rename(partial, target);
  return target;
}
