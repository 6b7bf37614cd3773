import type { AspectRatio, Mode } from "./settings";

/** Output size of a clip by quality and aspect ratio (720p for std, 1080p for pro). */
export function outputSize(mode: Mode, aspectRatio: AspectRatio): { width: number; height: number } {
  const short = mode === "pro" ? 1080 : 720;
  const long = mode === "pro" ? 1920 : 1280;
  if (aspectRatio === "16:9") return { width: long, height: short };
  if (aspectRatio === "9:16") return { width: short, height: long };
  return { width: short, height: short };
}
