import { randomUUID } from "node:crypto";
import { access, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { runProcess } from "./run-process";

/**
 * Result thumbnails are made on first request (most tests never ask for one): one JPEG frame of the MP4,
 * written under a temporary name and renamed, so a concurrent request never reads half a file.
 */
export async function ensureThumbnail(
  videoPath: string,
  dir: string,
  taskId: string,
  ffmpeg = "ffmpeg",
): Promise<string | null> {
  const path = join(dir, `${taskId}.jpg`);
  if (
    await access(path).then(
      () => true,
      () => false,
    )
  )
    return path;
  const tmp = join(dir, `.${taskId}-${randomUUID()}.jpg`);
  const result = await runProcess(
    ffmpeg,
    ["-hide_banner", "-loglevel", "error", "-y", "-i", videoPath, "-frames:v", "1", "-q:v", "4", tmp],
    { timeoutMs: 20_000 },
  );
  if (result.code !== 0) {
    await rm(tmp, { force: true });
    return null;
  }
  await rename(tmp, path);
  return path;
}
