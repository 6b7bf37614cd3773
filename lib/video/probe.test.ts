import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { makeClips } from "@/test-support/test-clips";
import { parseFrameRate, parseProbe, probeVideo } from "./probe";
import { checkVideo, describeVideo } from "./rules";

const NAMES = ["fine", "fineMov", "short", "long", "small", "lowFps", "wrongContainer", "text"] as const;
let clips: Record<(typeof NAMES)[number], string>;

beforeAll(async () => {
  clips = await makeClips(NAMES);
});

const base = { referType: "base" } as const;

/** Probe a real clip and run the rules, naming the file the way the validator does. */
async function problemsOf(name: (typeof NAMES)[number]): Promise<string[]> {
  const file = clips[name];
  const probe = await probeVideo(file);
  return checkVideo(probe, { ...base, fileName: path.basename(file) }).map((p) => p.message);
}

describe("probeVideo on real clips", () => {
  it("reads an MP4 with audio", async () => {
    const probe = await probeVideo(clips.fine);
    expect(probe).toMatchObject({ container: "mp4", width: 1280, height: 720, fps: 30, hasAudio: true, codec: "h264" });
    expect(probe.durationSeconds).toBeCloseTo(5, 1);
    expect(probe.bytes).toBe(fs.statSync(clips.fine).size);
    expect(describeVideo(probe)).toBe("1280×720 · 5.0 s · 30 fps · MP4");
    expect(await problemsOf("fine")).toEqual([]);
  });

  it("tells MOV from MP4 by the major brand", async () => {
    const probe = await probeVideo(clips.fineMov);
    expect(probe).toMatchObject({ container: "mov", width: 720, height: 1280, fps: 24, hasAudio: false });
    expect(describeVideo(probe)).toBe("720×1280 · 4.0 s · 24 fps · MOV");
    expect(await problemsOf("fineMov")).toEqual([]);
  });

  it("flags a clip that is too short", async () => {
    expect(await problemsOf("short")).toEqual(["The video is 2.0 s long; it must be 3–10 s."]);
  });

  it("flags a clip that is too long", async () => {
    expect(await problemsOf("long")).toEqual(["The video is 12.0 s long; it must be 3–10 s."]);
  });

  it("flags a clip that is too small", async () => {
    expect(await problemsOf("small")).toEqual(["The video is 640×360; each side must be 720–2160 px."]);
  });

  it("flags a clip below 24 fps", async () => {
    expect(await problemsOf("lowFps")).toEqual(["The video runs at 15 fps; it must be 24–60 fps."]);
  });

  it("flags a container other than MP4/MOV", async () => {
    const probe = await probeVideo(clips.wrongContainer);
    const isWebm = clips.wrongContainer.endsWith(".webm");
    expect(probe.container).toBe(isWebm ? "webm" : "mkv");
    expect(await problemsOf("wrongContainer")).toEqual([
      isWebm ? "clip.webm is a WebM file; use MP4 or MOV." : "clip.mkv is an MKV file; use MP4 or MOV.",
    ]);
  });

  it("refuses a file that is not a video", async () => {
    await expect(probeVideo(clips.text)).rejects.toMatchObject({
      code: "invalid_request",
      message: "The file is not a video we can read; use MP4 or MOV.",
    });
  });

  it("refuses formats that would make ffprobe open other files or URLs (HLS playlist)", async () => {
    const dir = fs.mkdtempSync(path.join(path.dirname(clips.text), "hls-"));
    const playlist = path.join(dir, "video.m3u8");
    fs.writeFileSync(playlist, `#EXTM3U\n#EXT-X-TARGETDURATION:5\n#EXTINF:5,\n${clips.fine}\n#EXT-X-ENDLIST\n`);
    try {
      await expect(probeVideo(playlist)).rejects.toMatchObject({ code: "invalid_request" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a missing ffprobe as a server problem, not the creator's", async () => {
    await expect(probeVideo(clips.fine, { ffprobePath: "/nonexistent/ffprobe" })).rejects.toMatchObject({
      code: "internal",
      message: "Video checking is not available on this server.",
    });
  });
});

describe("parseFrameRate", () => {
  it.each([
    ["30/1", 30],
    ["30000/1001", 30000 / 1001],
    ["24000/1001", 24000 / 1001],
    ["25", 25],
  ])("parses %s", (rate, expected) => {
    expect(parseFrameRate(rate)).toBeCloseTo(expected, 6);
  });

  it.each(["0/0", "", "abc", "30/0", undefined])("treats %j as unknown", (rate) => {
    expect(parseFrameRate(rate)).toBeUndefined();
  });
});

describe("parseProbe", () => {
  const file = { bytes: 1000, head: Buffer.alloc(0) };
  const video = {
    codec_type: "video",
    codec_name: "h264",
    width: 1920,
    height: 1080,
    avg_frame_rate: "0/0",
    r_frame_rate: "30000/1001",
  };
  const format = { format_name: "mov,mp4,m4a,3gp,3g2,mj2", duration: "5.5", tags: { major_brand: "mp42" } };

  it("falls back to r_frame_rate when avg_frame_rate is unknown", () => {
    expect(parseProbe({ streams: [video], format }, file).fps).toBeCloseTo(29.97, 2);
  });

  it("swaps width and height for a 90° rotation (phone clips)", () => {
    const rotated = { ...video, side_data_list: [{ side_data_type: "Display Matrix", rotation: -90 }] };
    expect(parseProbe({ streams: [rotated], format }, file)).toMatchObject({ width: 1080, height: 1920 });
    const tagged = { ...video, tags: { rotate: "270" } };
    expect(parseProbe({ streams: [tagged], format }, file)).toMatchObject({ width: 1080, height: 1920 });
  });

  it("ignores cover art and refuses a file with no real video track", () => {
    const cover = { ...video, codec_name: "mjpeg", disposition: { attached_pic: 1 } };
    const audio = { codec_type: "audio", codec_name: "aac" };
    expect(() => parseProbe({ streams: [audio, cover], format }, file)).toThrow(
      new AppError("invalid_request", "The file has no video track; use an MP4 or MOV video."),
    );
    const probe = parseProbe({ streams: [cover, audio, video], format }, file);
    expect(probe).toMatchObject({ codec: "h264", hasAudio: true });
  });

  it("names containers outside the MP4 family by their demuxer", () => {
    expect(parseProbe({ streams: [video], format: { format_name: "avi", duration: "5" } }, file).container).toBe("avi");
    const webmHead = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x84, ...Buffer.from("webm")]);
    const mkvHead = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x88, ...Buffer.from("matroska")]);
    const mk = { format_name: "matroska,webm", duration: "5" };
    expect(parseProbe({ streams: [video], format: mk }, { bytes: 1, head: webmHead }).container).toBe("webm");
    expect(parseProbe({ streams: [video], format: mk }, { bytes: 1, head: mkvHead }).container).toBe("mkv");
  });

  it("uses the stream duration when the container has none", () => {
    const probe = parseProbe({ streams: [{ ...video, duration: "4.25" }], format: { format_name: "mov" } }, file);
    expect(probe.durationSeconds).toBe(4.25);
  });
});
