import { type AspectRatio, aspectRatios, type Duration, durations, type Mode } from "@/lib/generations/settings";
import type { VideoRef } from "./video-ref";

/** The three settings the creator picks; a base video takes two of them out of their hands. */
export type Settings = { mode: Mode; duration: Duration; aspectRatio: AspectRatio };

export type SettingsSent = Settings & {
  /** Set when a base video decides the duration: why the control is locked, for the creator. */
  durationNote?: string;
  /** Set when a base video decides the aspect ratio. */
  aspectNote?: string;
  /** Seconds of video that come back (what the clip is charged for): an edit is as long as its input. */
  outputSeconds: number;
};

/** kling-video-o1 edits between 3 and 10 s of input; the simulator rounds the same way. */
const MIN_EDIT_SECONDS = 3;
const MAX_EDIT_SECONDS = 10;

/** The input's length as the output will have it: clamped to what upstream edits, to a tenth of a second. */
export function editSeconds(durationSeconds: number): number {
  return Math.min(MAX_EDIT_SECONDS, Math.max(MIN_EDIT_SECONDS, Math.round(durationSeconds * 10) / 10));
}

/**
 * The `duration` a base-video request carries. Upstream ignores it (the edit follows the input) but only accepts
 * 5 or 10, so the nearest one is sent, and shown, instead of whatever the control said before.
 */
export function nearestDuration(seconds: number): Duration {
  return durations.reduce((best, candidate) =>
    Math.abs(candidate - seconds) < Math.abs(best - seconds) ? candidate : best,
  );
}

function ratioValue(ratio: AspectRatio): number {
  const [width = 1, height = 1] = ratio.split(":").map(Number);
  return width / height;
}

/** The documented ratio closest to the video's own shape (compared on a log scale, so 9:16 and 16:9 are symmetric). */
export function nearestAspectRatio(width: number, height: number): AspectRatio {
  const shape = Math.log(width / height);
  return aspectRatios.reduce((best, candidate) =>
    Math.abs(Math.log(ratioValue(candidate)) - shape) < Math.abs(Math.log(ratioValue(best)) - shape) ? candidate : best,
  );
}

/**
 * What will actually be sent for these settings and this video. With a base video (an edit), the output follows
 * the input: its length and its shape. The creator's own choices are kept underneath, so removing the video gives
 * them back. A feature video only lends motion or style and changes nothing here.
 */
export function settingsSent(chosen: Settings, video: VideoRef | null | undefined): SettingsSent {
  if (video?.referType !== "base") return { ...chosen, outputSeconds: chosen.duration };
  const check = video.check;
  if (!check) {
    // A video from an old draft that was never measured: the server measures it at submit.
    return { ...chosen, durationNote: "Follows the video you edit.", outputSeconds: chosen.duration };
  }
  const seconds = editSeconds(check.durationSeconds);
  const sent: SettingsSent = {
    ...chosen,
    duration: nearestDuration(seconds),
    durationNote: `Follows the video you edit (${check.durationSeconds.toFixed(1)} s).`,
    outputSeconds: seconds,
  };
  if (check.width && check.height) {
    sent.aspectRatio = nearestAspectRatio(check.width, check.height);
    sent.aspectNote = `Follows the video you edit (${check.width}×${check.height}).`;
  }
  return sent;
}
