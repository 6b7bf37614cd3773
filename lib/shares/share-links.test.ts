import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertGeneration } from "@/lib/db/generations";
import { softDeleteGeneration } from "@/lib/generations/manage";
import { type Kit, lifecycleKit } from "@/test-support/lifecycle-kit";
import { ensureShareLink, revokeShareLinks, slugPattern } from "./share-links";
import { loadSharedVideo } from "./shared-generation";

let kit: Kit;
beforeEach(async () => {
  kit = lifecycleKit();
  for (const [id, status] of [
    ["done", "completed"],
    ["running", "processing"],
  ] as const) {
    await insertGeneration(kit.db, {
      id,
      draftId: `draft-${id}-xxxxxxxx`,
      prompt: "A fox <<<image_1>>>",
      mode: "pro",
      duration: 5,
      aspectRatio: "9:16",
      requestJson: "{}",
      status,
      videoFile: status === "completed" ? `${id}.mp4` : null,
      posterFile: status === "completed" ? `${id}.jpg` : null,
      createdAt: 1,
      updatedAt: 1,
    });
  }
});
afterEach(() => kit.close());

describe("share links", () => {
  it("makes one live link per finished video, changes what it shows, and revokes at once", async () => {
    const link = await ensureShareLink(kit, "done");
    expect(link.slug).toMatch(slugPattern);
    expect(link).toEqual({ slug: link.slug, url: `http://app.test/s/${link.slug}`, hideReferences: false });
    expect(await ensureShareLink(kit, "done")).toEqual(link);
    expect(await ensureShareLink(kit, "done", { hideReferences: true })).toMatchObject({
      slug: link.slug,
      hideReferences: true,
    });

    const shared = await loadSharedVideo(kit, link.slug);
    expect(shared).toMatchObject({
      generationId: "done",
      videoFile: "done.mp4",
      width: 1080,
      height: 1920,
      hideReferences: true,
      videoUrl: `http://app.test/s/${link.slug}/video.mp4`,
      posterUrl: `http://app.test/s/${link.slug}/poster.jpg`,
    });

    expect(await revokeShareLinks(kit, "done")).toBe(1);
    expect(await loadSharedVideo(kit, link.slug)).toBeNull();
    expect(await revokeShareLinks(kit, "done")).toBe(0);
    expect((await ensureShareLink(kit, "done")).slug).not.toBe(link.slug);
  });

  it("refuses unfinished, deleted and unknown videos, and malformed slugs", async () => {
    await expect(ensureShareLink(kit, "running")).rejects.toMatchObject({ code: "invalid_request" });
    await expect(ensureShareLink(kit, "nope")).rejects.toMatchObject({ code: "not_found" });
    const link = await ensureShareLink(kit, "done");
    await softDeleteGeneration(kit, "done");
    expect(await loadSharedVideo(kit, link.slug)).toBeNull();
    await expect(ensureShareLink(kit, "done")).rejects.toMatchObject({ code: "not_found" });
    expect(await loadSharedVideo(kit, "short")).toBeNull();
  });
});
