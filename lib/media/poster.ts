import "server-only";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { withMediaSlot } from "@/lib/video/media-slots";
import { SAFE_INPUT_ARGS } from "@/lib/video/probe";

const run = promisify(execFile);

/**
 * Writes a JPEG poster frame taken one second in (or the first frame of a shorter clip). The input is a
 * downloaded result, so ffmpeg gets the same protocol and demuxer whitelist as the probe: a result file that
 * is really a playlist must not make ffmpeg fetch URLs named inside it.
 */
export async function makePoster(videoPath: string, posterPath: string): Promise<void> {
  const frame = (seek: string[]) =>
    withMediaSlot(() =>
      run(
        "ffmpeg",
        [
          "-v",
          "error",
          "-nostdin",
          "-y",
          ...seek,
          ...SAFE_INPUT_ARGS,
          "-i",
          videoPath,
          "-frames:v",
          "1",
          "-q:v",
          "3",
          posterPath,
        ],
        { timeout: 30_000, windowsHide: true },
      ),
    );
  await frame(["-ss", "1"]).catch(() => frame([]));
}
