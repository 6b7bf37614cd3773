import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertImageOnce } from "@/lib/db/images";
import { type Kit, lifecycleKit } from "@/test-support/lifecycle-kit";
import type { FileRecipe } from "./file-recipe";
import { restoreFileRecipe } from "./restore-file-recipe";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit();
});
afterEach(() => kit.close());

const hash = (char: string) => char.repeat(64);

async function libraryImage(ownerId: string, sha256: string, id: string) {
  await insertImageOnce(kit.db, {
    id,
    ownerId,
    sha256,
    file: `${id}.png`,
    name: `${id}.png`,
    contentType: "image/png",
    bytes: 100,
    width: 640,
    height: 480,
    upstreamUrl: `https://upload.test/${id}.png`,
    upstreamUploadedAt: kit.time.now(),
    createdAt: kit.time.now(),
  });
}

const file: FileRecipe = {
  v: 1,
  prompt: "<<<image_1>>> meets <<<image_2>>> under <<<image_3>>>",
  mode: "std",
  duration: 5,
  aspectRatio: "16:9",
  images: [
    { name: "red-car", sha256: hash("a") },
    { name: "old-barn", sha256: hash("b") },
    { name: "blue-sky", sha256: hash("c") },
  ],
  video: null,
};

describe("restoreFileRecipe", () => {
  it("finds the owner's images by content hash, names the missing one and renumbers the mentions", async () => {
    await libraryImage("alice", hash("a"), "img-a");
    await libraryImage("alice", hash("c"), "img-c");
    // Someone else's copy of the barn is not Alice's.
    await libraryImage("bob", hash("b"), "img-b");
    const { recipe, missing } = await restoreFileRecipe(kit, file, "alice");
    expect(missing).toEqual(["old-barn"]);
    expect(recipe.images.map((image) => [image.assetId, image.name])).toEqual([
      ["img-a", "red-car"],
      ["img-c", "blue-sky"],
    ]);
    expect(recipe.prompt).toBe("<<<image_1>>> meets old-barn under <<<image_2>>>");
  });
});
