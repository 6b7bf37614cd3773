import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findImage, insertImageOnce } from "@/lib/db/images";
import { markLibraryImageDeleted } from "@/lib/db/library";
import { submitGeneration } from "@/lib/generations/submit";
import { keepReferenceVideo } from "@/lib/uploads/keep-reference-video";
import { type Kit, lifecycleKit, submitInput } from "@/test-support/lifecycle-kit";
import { collectUnusedMedia } from "./collect-unused";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit({ unusedMediaGraceMs: 3_600_000 });
});
afterEach(() => kit.close());

const media = (...parts: string[]) => path.join(kit.dir, "media", ...parts);

async function image(id: string) {
  await kit.storage.put("images", `${id}.png`, Buffer.from(id));
  await insertImageOnce(kit.db, {
    id,
    sha256: id.padEnd(64, "0"),
    file: `${id}.png`,
    name: `${id}.png`,
    contentType: "image/png",
    bytes: 1,
    width: 600,
    height: 600,
    upstreamUrl: `https://upload.test/${id}.png`,
    upstreamUploadedAt: kit.time.now(),
    createdAt: kit.time.now(),
    lastUsedAt: kit.time.now(),
  });
}

/** Backdates a stored file, as if written long ago. */
function age(kind: string, name: string) {
  fs.utimesSync(media(kind, name), new Date(0), new Date(0));
}

describe("collectUnusedMedia", () => {
  it("deletes what nothing uses once the grace period has passed, and keeps what a generation uses", async () => {
    await image("used");
    await image("unused");
    await image("recent");
    await image("kept");
    // Taken out of the library: only a generation's recipe can still keep these. "kept" stays in the library.
    for (const id of ["used", "unused", "recent"])
      await markLibraryImageDeleted(kit.db, { ownerId: "" }, id, kit.time.now());
    const video = {
      url: "http://app.test/media/references/ref-used.mp4",
      referType: "base" as const,
      keepOriginalSound: false,
    };
    await kit.storage.put("references", "ref-used.mp4", Buffer.from("v"));
    await kit.storage.put("references", "ref-orphan.mp4", Buffer.from("v"));
    await kit.storage.put("videos", "stray.mp4", Buffer.from("v"));
    await submitGeneration(kit, submitInput({ images: [{ assetId: "used", name: "a.png" }], video }));
    for (const [kind, name] of [
      ["images", "used.png"],
      ["images", "unused.png"],
      ["images", "kept.png"],
      ["references", "ref-used.mp4"],
      ["references", "ref-orphan.mp4"],
      ["videos", "stray.mp4"],
    ]) {
      age(kind ?? "", name ?? "");
    }
    const poster = fs.readdirSync(media("posters"))[0] ?? "";
    age("posters", poster);

    kit.time.advance(3_600_001);
    await kit.storage.put("images", "recent.png", Buffer.from("recent")); // rewritten now: within grace
    const collected = await collectUnusedMedia(kit);
    expect(collected).toMatchObject({ images: 2, files: 3 });
    expect(await findImage(kit.db, "used")).toBeDefined();
    expect(await findImage(kit.db, "unused")).toBeUndefined();
    expect(await findImage(kit.db, "kept")).toBeDefined();
    expect(fs.readdirSync(media("images")).sort()).toEqual(["kept.png", "recent.png", "used.png"]);
    expect(fs.readdirSync(media("references"))).toEqual(["ref-used.mp4"]);
    expect(fs.readdirSync(media("posters"))).toEqual([poster]);
    expect(fs.readdirSync(media("videos"))).toEqual([]);
  });

  it("keeps nothing twice: the same uploaded reference video is stored once", async () => {
    const probe = {
      container: "mp4",
      durationSeconds: 4,
      width: 1280,
      height: 720,
      fps: 24,
      hasAudio: false,
      bytes: 5,
      codec: "h264",
    };
    const upload = async (name: string) => {
      const file = await kit.storage.scratchPath(`-${name}`);
      fs.writeFileSync(file, "same clip");
      return keepReferenceVideo(kit, {
        file,
        extension: "mp4",
        probe,
        posterJpeg: Buffer.from("jpeg"),
      });
    };
    const first = await upload("11111111-a.mp4");
    const second = await upload("22222222-b.mp4");
    expect(second.url).toBe(first.url);
    expect(first.url).toMatch(/\/media\/references\/ref-[0-9a-f]{32}\.mp4$/);
    expect(fs.readdirSync(media("references"))).toHaveLength(1);
    expect(fs.readdirSync(media("posters"))).toHaveLength(1);
    expect(second.check).toMatchObject({
      durationSeconds: 4,
      posterUrl: expect.stringMatching(/^\/media\/posters\/ref-/),
    });
  });
});
