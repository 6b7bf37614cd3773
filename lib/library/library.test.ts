import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findImage } from "@/lib/db/images";
import { submitGeneration } from "@/lib/generations/submit";
import { collectUnusedMedia } from "@/lib/media/collect-unused";
import { storeUpload } from "@/lib/uploads/store-upload";
import { type Kit, lifecycleKit, submitInput } from "@/test-support/lifecycle-kit";
import { png } from "@/test-support/test-images";
import { deleteFromLibrary, imageUsage, libraryImages, libraryPage, renameImage } from "./library";

let kit: Kit;
beforeEach(() => {
  kit = lifecycleKit({ unusedMediaGraceMs: 3_600_000 });
});
afterEach(() => kit.close());

const deps = () => ({ ...kit, isGone: async () => false });
const add = async (ownerId: string, name: string, width = 800) =>
  storeUpload(deps(), { bytes: await png(width, 600), name, ownerId });

describe("the reference library", () => {
  it("keeps every image its owner added, named after the file, searchable by any part of the name", async () => {
    const car = await add("ann", "red-car.jpg", 800);
    await add("ann", "Blue Sky.png", 810);
    await add("bob", "bobs-car.png", 820);
    expect(car.name).toBe("red-car");
    const names = async (query?: string) => (await libraryImages(kit.db, "ann", { query })).map((image) => image.name);
    expect((await names()).sort()).toEqual(["Blue Sky", "red-car"]);
    expect(await names("CAR")).toEqual(["red-car"]);
    expect(await names("sky")).toEqual(["Blue Sky"]);
    expect(await names("%")).toEqual([]);
  });

  it("answers a page and says whether it holds every image, for the whole library and for a search", async () => {
    await add("ann", "car-1.png", 800);
    await add("ann", "car-2.png", 810);
    await add("ann", "sky.png", 820);
    const page = await libraryPage(kit.db, "ann", { max: 2 });
    expect(page.images).toHaveLength(2);
    expect(page.complete).toBe(false);
    expect(await libraryPage(kit.db, "ann", { max: 3 })).toMatchObject({ complete: true });
    const cars = await libraryPage(kit.db, "ann", { query: "car", max: 2 });
    expect(cars.images.map((image) => image.name).sort()).toEqual(["car-1", "car-2"]);
    expect(cars.complete).toBe(true);
  });

  it("renames an image for its owner only; another account's id is not found", async () => {
    const car = await add("ann", "red-car.jpg");
    await expect(renameImage(kit.db, "bob", car.assetId, "mine")).rejects.toMatchObject({ code: "not_found" });
    await expect(renameImage(kit.db, "ann", car.assetId, "   ")).rejects.toMatchObject({ code: "invalid_request" });
    const renamed = await renameImage(kit.db, "ann", car.assetId, "  hero   car ");
    expect(renamed).toMatchObject({ assetId: car.assetId, name: "hero car" });
    // The same bytes added again are the same library image, under the name the creator chose.
    expect((await add("ann", "whatever.png")).name).toBe("hero car");
  });

  it("deletes with the number of generations that use it; their recipes keep the image", async () => {
    const used = await add("ann", "used.png", 800);
    const spare = await add("ann", "spare.png", 900);
    await submitGeneration(kit, submitInput({ images: [{ assetId: used.assetId, name: "used" }] }), { ownerId: "ann" });
    await submitGeneration(kit, submitInput({ images: [{ assetId: used.assetId, name: "used" }] }), { ownerId: "ann" });
    expect(await imageUsage(kit.db, "ann", used.assetId)).toEqual({ generations: 2 });
    await expect(imageUsage(kit.db, "bob", used.assetId)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteFromLibrary(kit, "bob", used.assetId)).rejects.toMatchObject({ code: "not_found" });

    expect(await deleteFromLibrary(kit, "ann", used.assetId)).toEqual({ generations: 2 });
    expect(await deleteFromLibrary(kit, "ann", spare.assetId)).toEqual({ generations: 0 });
    expect(await libraryImages(kit.db, "ann")).toEqual([]);
    await expect(deleteFromLibrary(kit, "ann", spare.assetId)).rejects.toMatchObject({ code: "not_found" });

    kit.time.advance(3_600_001);
    await collectUnusedMedia(kit);
    expect(await findImage(kit.db, used.assetId)).toBeDefined();
    expect(await findImage(kit.db, spare.assetId)).toBeUndefined();
  });

  it("brings a deleted image back when its owner adds the same bytes again", async () => {
    const first = await add("ann", "red-car.jpg");
    await deleteFromLibrary(kit, "ann", first.assetId);
    const again = await add("ann", "car-again.png");
    expect(again).toMatchObject({ assetId: first.assetId, name: "car-again" });
    expect((await libraryImages(kit.db, "ann")).map((image) => image.assetId)).toEqual([first.assetId]);
  });
});
