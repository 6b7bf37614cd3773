import { describe, expect, it } from "vitest";
import type { VideoProbe } from "./probe";
import { checkVideo, containerName, describeVideo } from "./rules";

const fine: VideoProbe = {
  container: "mp4",
  durationSeconds: 5,
  width: 1280,
  height: 720,
  fps: 30,
  hasAudio: false,
  bytes: 2_000_000,
  codec: "h264",
};

const base = { referType: "base" } as const;

function messages(probe: Partial<VideoProbe>, options: Parameters<typeof checkVideo>[1] = base): string[] {
  return checkVideo({ ...fine, ...probe }, options).map((p) => p.message);
}

describe("checkVideo", () => {
  it("passes a video that meets every rule, for both refer types", () => {
    expect(checkVideo(fine, base)).toEqual([]);
    expect(checkVideo(fine, { referType: "feature" })).toEqual([]);
    expect(checkVideo({ ...fine, container: "mov" }, base)).toEqual([]);
  });

  it("accepts the exact bounds", () => {
    expect(messages({ durationSeconds: 3 })).toEqual([]);
    expect(messages({ durationSeconds: 10.05 })).toEqual([]);
    expect(messages({ width: 720, height: 720 })).toEqual([]);
    expect(messages({ width: 2160, height: 2160 })).toEqual([]);
    expect(messages({ fps: 24 })).toEqual([]);
    expect(messages({ fps: 60 })).toEqual([]);
    expect(messages({ bytes: 200_000_000 })).toEqual([]);
  });

  it("names the container and the file", () => {
    expect(checkVideo({ ...fine, container: "webm" }, { ...base, fileName: "clip.webm" })).toEqual([
      { rule: "container", message: "clip.webm is a WebM file; use MP4 or MOV." },
    ]);
    expect(messages({ container: "avi" })).toEqual(["The video is an AVI file; use MP4 or MOV."]);
    expect(messages({ container: "mkv" })).toEqual(["The video is an MKV file; use MP4 or MOV."]);
    expect(messages({ container: "gif" })).toEqual(["The video is a GIF file; use MP4 or MOV."]);
  });

  it("reports the measured duration", () => {
    expect(checkVideo({ ...fine, durationSeconds: 2.4 }, base)).toEqual([
      { rule: "duration", message: "The video is 2.4 s long; it must be 3–10 s." },
    ]);
    expect(messages({ durationSeconds: 12 })).toEqual(["The video is 12.0 s long; it must be 3–10 s."]);
    expect(messages({ durationSeconds: 10.07 })).toEqual(["The video is 10.1 s long; it must be 3–10 s."]);
  });

  it("never prints a rounded value that looks allowed", () => {
    expect(messages({ durationSeconds: 2.96 })).toEqual(["The video is 2.96 s long; it must be 3–10 s."]);
    expect(messages({ durationSeconds: 10.051 })).toEqual(["The video is 10.1 s long; it must be 3–10 s."]);
    expect(messages({ fps: 23.976 })).toEqual(["The video runs at 23.98 fps; it must be 24–60 fps."]);
    expect(messages({ fps: 23.999 })).toEqual(["The video runs at 23.999 fps; it must be 24–60 fps."]);
  });

  it("applies the same duration range to feature references", () => {
    expect(messages({ durationSeconds: 15 }, { referType: "feature" })).toEqual([
      "The video is 15.0 s long; it must be 3–10 s.",
    ]);
  });

  it("reports the measured size when either side is out of range", () => {
    expect(checkVideo({ ...fine, width: 640, height: 360 }, base)).toEqual([
      { rule: "resolution", message: "The video is 640×360; each side must be 720–2160 px." },
    ]);
    expect(messages({ width: 1280, height: 719 })).toEqual(["The video is 1280×719; each side must be 720–2160 px."]);
    expect(messages({ width: 3840, height: 2160 })).toEqual(["The video is 3840×2160; each side must be 720–2160 px."]);
  });

  it("reports the measured frame rate", () => {
    expect(checkVideo({ ...fine, fps: 15 }, base)).toEqual([
      { rule: "fps", message: "The video runs at 15 fps; it must be 24–60 fps." },
    ]);
    expect(messages({ fps: 120 })).toEqual(["The video runs at 120 fps; it must be 24–60 fps."]);
  });

  it("reports the file size against the default or a configured cap", () => {
    expect(checkVideo({ ...fine, bytes: 250_000_000 }, base)).toEqual([
      { rule: "size", message: "The video is 250.0 MB; the limit is 200 MB." },
    ]);
    expect(messages({ bytes: 2_000_000 }, { ...base, maxBytes: 1_500_000 })).toEqual([
      "The video is 2.0 MB; the limit is 1.5 MB.",
    ]);
  });

  it("lists every broken rule in a fixed order", () => {
    const problems = checkVideo(
      { ...fine, container: "webm", durationSeconds: 1, width: 320, height: 240, fps: 12, bytes: 300_000_000 },
      base,
    );
    expect(problems.map((p) => p.rule)).toEqual(["container", "duration", "resolution", "fps", "size"]);
  });
});

describe("describeVideo", () => {
  it("summarises size, length, rate and container", () => {
    expect(describeVideo(fine)).toBe("1280×720 · 5.0 s · 30 fps · MP4");
    expect(
      describeVideo({ ...fine, container: "mov", width: 1080, height: 1920, durationSeconds: 9.96, fps: 30000 / 1001 }),
    ).toBe("1080×1920 · 10.0 s · 29.97 fps · MOV");
  });
});

describe("containerName", () => {
  it("reads unknown names as acronyms with the right article", () => {
    expect(containerName("f4v")).toEqual({ label: "F4V", article: "an" });
    expect(containerName("3gp")).toEqual({ label: "3GP", article: "a" });
    expect(containerName("webm")).toEqual({ label: "WebM", article: "a" });
  });
});
