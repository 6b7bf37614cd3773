import { describe, expect, it } from "vitest";
import type { VideoRef } from "./video-ref";
import { editSeconds, nearestAspectRatio, nearestDuration, settingsSent } from "./video-settings";

const chosen = { mode: "pro", duration: 10, aspectRatio: "16:9" } as const;
const video = (referType: "base" | "feature", check?: VideoRef["check"]): VideoRef => ({
  url: "https://v.test/a.mp4",
  referType,
  keepOriginalSound: false,
  ...(check ? { check } : {}),
});

describe("settingsSent", () => {
  it("leaves the creator's choices alone without a video or with a feature video", () => {
    expect(settingsSent(chosen, null)).toEqual({ ...chosen, outputSeconds: 10 });
    const feature = video("feature", { durationSeconds: 4, width: 720, height: 1280, description: "" });
    expect(settingsSent(chosen, feature)).toEqual({ ...chosen, outputSeconds: 10 });
  });

  it("with a base video, sends the clip's length and shape and says why the controls are locked", () => {
    const base = video("base", { durationSeconds: 5, width: 720, height: 1280, description: "" });
    expect(settingsSent(chosen, base)).toEqual({
      mode: "pro",
      duration: 5,
      aspectRatio: "9:16",
      durationNote: "Follows the video you edit (5.0 s).",
      aspectNote: "Follows the video you edit (720×1280).",
      outputSeconds: 5,
    });
  });

  it("a base video measured before sizes were kept fixes the duration only", () => {
    const old = video("base", { durationSeconds: 7.26, description: "" });
    expect(settingsSent(chosen, old)).toMatchObject({ duration: 5, aspectRatio: "16:9", outputSeconds: 7.3 });
    expect(settingsSent(chosen, old).aspectNote).toBeUndefined();
    // Never measured at all: the server measures at submit; the duration is still not the creator's to pick.
    expect(settingsSent(chosen, video("base"))).toMatchObject({
      duration: 10,
      durationNote: "Follows the video you edit.",
    });
  });
});

describe("the rounding rules", () => {
  it("sends the nearest allowed duration and charges the clamped input length", () => {
    expect([3, 7.4, 7.5, 7.6, 12].map((s) => nearestDuration(s))).toEqual([5, 5, 5, 10, 10]);
    expect([2, 4.04, 9.96, 12].map(editSeconds)).toEqual([3, 4, 10, 10]);
  });

  it("picks the documented ratio nearest the video's shape", () => {
    expect(nearestAspectRatio(1920, 1080)).toBe("16:9");
    expect(nearestAspectRatio(1080, 1920)).toBe("9:16");
    expect(nearestAspectRatio(1000, 1000)).toBe("1:1");
    expect(nearestAspectRatio(1080, 1350)).toBe("1:1");
    expect(nearestAspectRatio(2560, 1080)).toBe("16:9");
  });
});
