import { describe, expect, it } from "vitest";
import type { ImageRef } from "@/lib/references/image-ref";
import { startComposer } from "@/test-support/composer-test-kit";
import { fakeServer, instantUploads, noDecoding } from "@/test-support/tray-test-kit";

const ref = (assetId: string, name: string): ImageRef => ({
  assetId,
  name,
  width: 800,
  height: 600,
  previewUrl: `/media/images/${assetId}.png`,
  upstreamUrl: `https://upload.test/${assetId}.png`,
});

function composer() {
  return startComposer({ server: fakeServer({}), decode: noDecoding, upload: instantUploads });
}

describe("library images in the tray", () => {
  it("enter ready, once each, without an upload; the count limit still applies", () => {
    const c = composer();
    const ids = c.commands.addFromLibrary([ref("a", "red-car"), ref("b", "sky"), ref("a", "red-car")]);
    const { images } = c.state().draft;
    expect(images.map((image) => [image.status, image.ref?.assetId])).toEqual([
      ["ready", "a"],
      ["ready", "b"],
    ]);
    expect(ids).toEqual([images[0]?.id, images[1]?.id, images[0]?.id]);
    // Already in the tray: the same tray image, nothing added.
    expect(c.commands.addFromLibrary([ref("b", "sky")])).toEqual([images[1]?.id]);
    expect(c.state().draft.images).toHaveLength(2);
    const many = Array.from({ length: 10 }, (_, n) => ref(`x${n}`, `x${n}`));
    const answer = c.commands.addFromLibrary(many);
    expect(c.state().draft.images).toHaveLength(7);
    expect(answer.filter((id) => id === undefined)).toHaveLength(5);
    expect(c.state().rejections.at(-1)).toMatch(/7/);
  });

  it("a rename reaches every tray image of that asset and nothing else", () => {
    const c = composer();
    c.commands.addFromLibrary([ref("a", "red-car"), ref("b", "sky")]);
    c.commands.renameAsset("a", "hero car");
    expect(c.state().draft.images.map((image) => [image.name, image.ref?.name])).toEqual([
      ["hero car", "hero car"],
      ["sky", "sky"],
    ]);
  });
});
