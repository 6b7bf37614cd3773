import "server-only";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Writes a JPEG poster frame taken one second in (or the first frame of a shorter clip). */
export async function makePoster(videoPath: string, posterPath: string): Promise<void> {
  await run("ffmpeg", ["-v", "error", "-y", "-ss", "1", "-i", videoPath, "-frames:v", "1", "-q:v", "3", posterPath], {
    timeout: 30_000,
  }).catch(() =>
    run("ffmpeg", ["-v", "error", "-y", "-i", videoPath, "-frames:v", "1", "-q:v", "3", posterPath], {
      timeout: 30_000,
    }),
  );
}
