import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FrameLayout, fontFile, frameLayout, wrapText } from "./render-layout";
import { runProcess } from "./run-process";

export interface RenderSpec {
  width: number;
  height: number;
  seconds: number;
  header: string;
  prompt: string;
  /** Absolute paths of decodable images with the label to print on each (its 1-based index). */
  images: { label: string; path: string }[];
}

export const outputFps = 24;

function drawText(options: Record<string, string | number>): string {
  return `drawtext=${Object.entries(options)
    .map(([key, value]) => `${key}=${value}`)
    .join(":")}`;
}

/**
 * Text comes from files (`textfile=`) so prompts never need filtergraph escaping; file names are fixed
 * and relative because ffmpeg runs inside the work directory.
 */
function filterGraph(spec: RenderSpec, layout: FrameLayout): string {
  const font = { fontfile: fontFile };
  const steps: string[] = [
    `[0:v]${drawText({ ...font, textfile: "header.txt", expansion: "none", fontsize: layout.headerSize, fontcolor: "0xa6adc8", x: layout.margin, y: layout.margin })},` +
      `${drawText({ ...font, textfile: "prompt.txt", expansion: "none", fontsize: layout.promptSize, fontcolor: "white", line_spacing: layout.lineSpacing, x: layout.margin, y: layout.promptY })}[bg0]`,
  ];
  spec.images.forEach((image, i) => {
    const cell = layout.cells[i];
    if (cell === undefined) return;
    steps.push(
      `[${i + 3}:v]trim=end_frame=1,scale=${cell.width}:${cell.height}:force_original_aspect_ratio=decrease:force_divisible_by=2[img${i}]`,
      `[bg${i}][img${i}]overlay=x=${cell.x}+(${cell.width}-overlay_w)/2:y=${cell.y}+(${cell.height}-overlay_h)/2:eof_action=repeat,` +
        `${drawText({ ...font, text: image.label, fontsize: layout.promptSize, fontcolor: "white", box: 1, boxcolor: "black@0.6", boxborderw: 8, x: cell.x + 8, y: cell.y + 8 })}[bg${i + 1}]`,
    );
  });
  const last = `bg${spec.images.length}`;
  // The box crossing the frame and the running clock make it obviously a moving video.
  steps.push(
    `[${last}][2:v]overlay=x=(main_w-overlay_w)*t/${spec.seconds}:y=${layout.barY}:eof_action=repeat,` +
      `${drawText({ ...font, textfile: "timer.txt", fontsize: layout.headerSize, fontcolor: "0xf9e2af", x: `w-tw-${layout.margin}`, y: layout.timerY })},` +
      `format=yuv420p[v]`,
  );
  return steps.join(";\n");
}

function ffmpegArgs(spec: RenderSpec, layout: FrameLayout, output: string): string[] {
  const size = `${spec.width}x${spec.height}`;
  const seconds = String(spec.seconds);
  return [
    "-hide_banner",
    "-loglevel",
    "error",
    "-nostdin",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `color=c=0x1e1e2e:s=${size}:r=${outputFps}:d=${seconds}`,
    "-f",
    "lavfi",
    "-i",
    "anullsrc=r=48000:cl=stereo",
    "-f",
    "lavfi",
    "-i",
    `color=c=0xf5a623:s=${layout.barSize}x${layout.barSize}:r=${outputFps}:d=${seconds}`,
    ...spec.images.flatMap((image) => ["-i", `file:${image.path}`]),
    "-filter_complex_script",
    "graph.txt",
    "-map",
    "[v]",
    "-map",
    "1:a",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-pix_fmt",
    "yuv420p",
    "-r",
    String(outputFps),
    "-c:a",
    "aac",
    "-b:a",
    "64k",
    "-t",
    seconds,
    "-movflags",
    "+faststart",
    "-f",
    "mp4",
    output,
  ];
}

export async function renderVideo(
  spec: RenderSpec,
  workDir: string,
  output: string,
  signal: AbortSignal,
  ffmpeg = "ffmpeg",
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const layout = frameLayout(spec.width, spec.height, spec.images.length, spec.header);
  await writeFile(join(workDir, "header.txt"), layout.header);
  await writeFile(join(workDir, "prompt.txt"), wrapText(spec.prompt, layout.maxPromptChars, layout.maxPromptLines));
  await writeFile(join(workDir, "timer.txt"), "%{pts:hms}");
  await writeFile(join(workDir, "graph.txt"), filterGraph(spec, layout));
  const result = await runProcess(ffmpeg, ffmpegArgs(spec, layout, output), {
    cwd: workDir,
    timeoutMs: 180_000,
    signal,
  });
  if (result.code === 0) return { ok: true };
  return {
    ok: false,
    reason: result.timedOut ? "ffmpeg timed out" : `ffmpeg exited ${String(result.code)}: ${result.stderr.trim()}`,
  };
}
