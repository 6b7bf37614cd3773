import "server-only";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { withMediaSlot } from "./media-slots";
import { SAFE_INPUT_ARGS } from "./probe";

const run = promisify(execFile);

/**
 * One JPEG frame for the composer's preview, taken half a second in (past a black first frame) and written
 * to stdout so no second temp file is needed. The same input whitelist as the probe keeps ffmpeg on the file.
 */
export async function extractPosterJpeg(
  videoPath: string,
  options: { atSeconds?: number; timeoutMs?: number; ffmpegPath?: string } = {},
): Promise<Buffer> {
  const { stdout } = await withMediaSlot(() =>
    run(
      options.ffmpegPath ?? "ffmpeg",
      [
        "-v",
        "error",
        "-nostdin",
        "-ss",
        String(options.atSeconds ?? 0.5),
        ...SAFE_INPUT_ARGS,
        "-i",
        videoPath,
        "-frames:v",
        "1",
        "-q:v",
        "3",
        "-f",
        "image2",
        "-c:v",
        "mjpeg",
        "pipe:1",
      ],
      { encoding: "buffer", timeout: options.timeoutMs ?? 15_000, maxBuffer: 32 * 1024 * 1024, windowsHide: true },
    ),
  );
  // An empty or non-JPEG stdout (e.g. -ss past the end) is a failure, not a poster.
  if (stdout.length < 4 || stdout[0] !== 0xff || stdout[1] !== 0xd8) throw new Error("ffmpeg wrote no JPEG frame");
  return stdout;
}
