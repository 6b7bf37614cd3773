import "server-only";
import { BYTES_PER_MB, formatFps, formatLimitMegabytes, formatMegabytes, formatOutside } from "./format";
import type { VideoProbe } from "./probe";

/**
 * Reference-video rules for kling-video-o1 (APIMart doc §3.2, upstream §8–9): MP4/MOV, 3–10 s, each side
 * 720–2160 px, 24–60 fps, ≤200 MB. Checked before a paid request so a creator never pays for a rejection.
 */
export const VIDEO_LIMITS = {
  minSeconds: 3,
  maxSeconds: 10,
  /** fal/ComfyUI document 10.05 s: a "10 s" export is often a few milliseconds longer. */
  maxSecondsAccepted: 10.05,
  minSide: 720,
  maxSide: 2160,
  minFps: 24,
  maxFps: 60,
  maxBytes: 200 * BYTES_PER_MB,
} as const;

export type ReferType = "base" | "feature";

export type VideoRule = "container" | "duration" | "resolution" | "fps" | "size";

export type VideoProblem = { rule: VideoRule; message: string };

export type CheckVideoOptions = {
  referType: ReferType;
  /** Named in the container message ("clip.webm is a WebM file"); "The video" when absent. */
  fileName?: string;
  maxBytes?: number;
};

/** Every rule the video breaks, in a fixed order; empty when it can be sent. */
export function checkVideo(probe: VideoProbe, options: CheckVideoOptions): VideoProblem[] {
  const L = VIDEO_LIMITS;
  const problems: VideoProblem[] = [];

  if (probe.container !== "mp4" && probe.container !== "mov") {
    const { label, article } = containerName(probe.container);
    const subject = options.fileName ?? "The video";
    problems.push({ rule: "container", message: `${subject} is ${article} ${label} file; use MP4 or MOV.` });
  }

  // APIMart's page says only "≥3 s" for feature references, but upstream Kling caps every reference video
  // at 10 s, so both refer types get 3–10 s. (referType is kept in the signature for when they diverge.)
  const { durationSeconds: seconds } = probe;
  if (seconds < L.minSeconds || seconds > L.maxSecondsAccepted) {
    const shown = formatOutside(seconds, L.minSeconds, L.maxSecondsAccepted, 1);
    problems.push({
      rule: "duration",
      message: `The video is ${shown} s long; it must be ${L.minSeconds}–${L.maxSeconds} s.`,
    });
  }

  const sides = [probe.width, probe.height];
  if (sides.some((side) => side < L.minSide || side > L.maxSide)) {
    problems.push({
      rule: "resolution",
      message: `The video is ${probe.width}×${probe.height}; each side must be ${L.minSide}–${L.maxSide} px.`,
    });
  }

  if (probe.fps < L.minFps || probe.fps > L.maxFps) {
    let shown = formatFps(probe.fps);
    const reads = Number(shown);
    if (reads >= L.minFps && reads <= L.maxFps) shown = formatOutside(probe.fps, L.minFps, L.maxFps, 2);
    problems.push({ rule: "fps", message: `The video runs at ${shown} fps; it must be ${L.minFps}–${L.maxFps} fps.` });
  }

  const maxBytes = options.maxBytes ?? L.maxBytes;
  if (probe.bytes > maxBytes) {
    problems.push({
      rule: "size",
      message: `The video is ${formatMegabytes(probe.bytes)}; the limit is ${formatLimitMegabytes(maxBytes)}.`,
    });
  }
  return problems;
}

/** One line for the UI: "1280×720 · 5.0 s · 30 fps · MP4". */
export function describeVideo(probe: VideoProbe): string {
  const { label } = containerName(probe.container);
  return `${probe.width}×${probe.height} · ${probe.durationSeconds.toFixed(1)} s · ${formatFps(probe.fps)} fps · ${label}`;
}

const names: Record<string, { label: string; article: "a" | "an" }> = {
  mp4: { label: "MP4", article: "an" },
  mov: { label: "MOV", article: "a" },
  webm: { label: "WebM", article: "a" },
  mkv: { label: "MKV", article: "an" },
  avi: { label: "AVI", article: "an" },
  gif: { label: "GIF", article: "a" },
  flv: { label: "FLV", article: "an" },
  mpegts: { label: "MPEG-TS", article: "an" },
  mpeg: { label: "MPEG", article: "an" },
  ogg: { label: "Ogg", article: "an" },
  asf: { label: "WMV/ASF", article: "a" },
};

/** Display name and article for a container ("an AVI", "a WebM"). */
export function containerName(container: string): { label: string; article: "a" | "an" } {
  const known = names[container];
  if (known) return known;
  const label = container.toUpperCase();
  // Unknown names are shown as acronyms, read letter by letter: "an F4V", "a 3GP".
  return { label, article: /^[AEFHILMNORSX]/.test(label) ? "an" : "a" };
}
