import "server-only";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { withMediaSlot } from "@/lib/video/media-slots";
import { SAFE_INPUT_ARGS } from "@/lib/video/probe";

const run = promisify(execFile);

/**
 * Copies `input` to `output` with `comment` in its MP4 metadata, without re-encoding (`-c copy`: the streams are
 * the same bytes, only the container is written again). The input whitelist keeps ffmpeg on the local file.
 */
export async function writeRecipeMp4(
  input: string,
  output: string,
  comment: string,
  options: { timeoutMs?: number; ffmpegPath?: string } = {},
): Promise<void> {
  await withMediaSlot(() =>
    run(
      options.ffmpegPath ?? "ffmpeg",
      [
        "-v",
        "error",
        "-nostdin",
        ...SAFE_INPUT_ARGS,
        "-i",
        input,
        "-map",
        "0",
        "-c",
        "copy",
        "-map_metadata",
        "0",
        "-metadata",
        `comment=${comment}`,
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        "-y",
        output,
      ],
      { timeout: options.timeoutMs ?? 60_000, windowsHide: true },
    ),
  );
}
