import { runProcess } from "./run-process";

const ffprobe = "ffprobe";

function isNetworkInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Container duration in seconds, or a short reason why it could not be read. */
export async function probeDuration(
  input: string,
  signal: AbortSignal,
): Promise<{ ok: true; seconds: number } | { ok: false; reason: string }> {
  // rw_timeout is in microseconds and only exists for network protocols.
  const network = isNetworkInput(input) ? ["-rw_timeout", "10000000"] : [];
  const result = await runProcess(
    ffprobe,
    ["-v", "error", ...network, "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", input],
    { timeoutMs: 20_000, signal },
  );
  const seconds = Number.parseFloat(result.stdout.trim());
  if (result.code === 0 && Number.isFinite(seconds) && seconds > 0) return { ok: true, seconds };
  if (result.timedOut) return { ok: false, reason: "timed out reading the video" };
  const detail = result.stderr.trim().split("\n").pop() ?? "";
  return { ok: false, reason: detail === "" ? "no duration found" : detail.slice(0, 200) };
}

/**
 * True when ffmpeg can really decode a frame. ffprobe alone is not enough: a PNG signature followed by garbage
 * probes as a 0x0 image stream, then breaks the render.
 */
export async function isDecodableImage(path: string, signal: AbortSignal): Promise<boolean> {
  const result = await runProcess(
    "ffmpeg",
    ["-hide_banner", "-v", "error", "-xerror", "-i", path, "-frames:v", "1", "-f", "null", "-"],
    { timeoutMs: 10_000, signal },
  );
  return result.code === 0;
}
