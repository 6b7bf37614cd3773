import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { decodeRecipeComment, encodeRecipeComment, type FileRecipe } from "./file-recipe";
import { readMp4Comment } from "./mp4-comment";
import { writeRecipeMp4 } from "./write-recipe-mp4";

let dir: string;
let plain: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1-recipe-mp4-"));
  plain = path.join(dir, "plain.mp4");
  execFileSync("ffmpeg", [
    ...["-v", "error", "-f", "lavfi", "-i", "testsrc=size=160x90:rate=10:duration=1"],
    ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", plain],
  ]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const blobOf = (file: string) => new Blob([fs.readFileSync(file)]);

const recipe: FileRecipe = {
  v: 1,
  prompt: "A fox on <<<image_1>>> — snow, “quotes”, ünïcode",
  mode: "pro",
  duration: 10,
  aspectRatio: "9:16",
  images: [{ name: "red-car", sha256: "a".repeat(64), width: 800, height: 600 }],
  video: null,
};

describe("the recipe in an MP4", () => {
  it("is written without re-encoding and read back from the file alone", async () => {
    const out = path.join(dir, "with-recipe.mp4");
    await writeRecipeMp4(plain, out, encodeRecipeComment(recipe));
    expect(decodeRecipeComment(await readMp4Comment(blobOf(out)))).toEqual(recipe);
    // The video stream is the same bytes: same codec and frame count, no second encode.
    const probe = (file: string) =>
      execFileSync("ffprobe", [
        ...["-v", "error", "-select_streams", "v:0", "-count_packets"],
        ...["-show_entries", "stream=codec_name,nb_read_packets", "-of", "csv=p=0", file],
      ]).toString();
    expect(probe(out)).toBe(probe(plain));
  });

  it("reads no recipe from a plain MP4, another file type, or a foreign comment", async () => {
    expect(await readMp4Comment(blobOf(plain))).toBeNull();
    expect(await readMp4Comment(new Blob([Buffer.from("\x89PNG\r\n\x1a\n not an mp4 at all")]))).toBeNull();
    const foreign = path.join(dir, "foreign.mp4");
    await writeRecipeMp4(plain, foreign, "made with another app");
    expect(await readMp4Comment(blobOf(foreign))).toBe("made with another app");
    expect(decodeRecipeComment("made with another app")).toBeNull();
    expect(decodeRecipeComment('o1studio-recipe:{"v":2}')).toBeNull();
  });
});
