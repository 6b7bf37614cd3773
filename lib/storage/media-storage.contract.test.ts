import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageEngines, type TestStorage, testS3 } from "@/test-support/storage-engines";
import type { MediaStorage } from "./media-storage";
import { s3MediaStorage } from "./s3-storage";
import { serveMedia } from "./serve-media";
import { StorageError } from "./storage-error";

/**
 * What every media store must do the same way (the folder and an S3 bucket through the real AWS SDK): fixed keys,
 * streamed uploads, Range reads through `/media`, listings, links a third party can fetch.
 */
const get = (range?: string, method = "GET") =>
  new Request("http://studio.test/media/videos/a.mp4", { method, headers: range ? { range } : {} });
const options = { cacheControl: "public, max-age=31536000, immutable" };
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

for (const engine of storageEngines) {
  describe(`media storage: ${engine.name}`, () => {
    let store: TestStorage;
    let storage: MediaStorage;
    beforeAll(async () => {
      store = await engine.create();
      storage = store.storage;
    });
    afterAll(() => store.drop());

    it("stores bytes under a fixed name; storing them again leaves one object", async () => {
      await storage.put("videos", "a.mp4", Buffer.from("0123456789"));
      await storage.put("videos", "a.mp4", Buffer.from("0123456789"));
      expect(await storage.head("videos", "a.mp4")).toMatchObject({ kind: "videos", name: "a.mp4", bytes: 10 });
      expect((await storage.list("videos")).map((object) => object.name)).toEqual(["a.mp4"]);
      expect((await storage.readBuffer("videos", "a.mp4"))?.toString()).toBe("0123456789");
      expect(await storage.head("videos", "missing.mp4")).toBeUndefined();
      expect(await storage.readBuffer("videos", "missing.mp4")).toBeUndefined();
    });

    it("streams a multi-part file from scratch into storage, whole, and removes the scratch file", async () => {
      const big = randomBytes(11 * 1024 * 1024); // three parts for lib-storage's 5 MB part size
      const scratch = await storage.scratchPath(".mp4");
      fs.writeFileSync(scratch, big);
      const stored = await storage.putFile("videos", "big.mp4", scratch);
      expect(stored.bytes).toBe(big.length);
      expect(fs.existsSync(scratch)).toBe(false);
      expect((await storage.readBuffer("videos", "big.mp4"))?.equals(big)).toBe(true);
    });

    it("answers /media with ranges: 200 whole, 206 a part, 416 past the end, HEAD without a body", async () => {
      const whole = await serveMedia(storage, "videos", "a.mp4", get(), options);
      expect(whole.status).toBe(200);
      expect(whole.headers.get("accept-ranges")).toBe("bytes");
      expect((await bytesOf(whole)).toString()).toBe("0123456789");

      const part = await serveMedia(storage, "videos", "a.mp4", get("bytes=2-5"), options);
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe("bytes 2-5/10");
      expect((await bytesOf(part)).toString()).toBe("2345");

      const tail = await serveMedia(storage, "videos", "a.mp4", get("bytes=-3"), options);
      expect(tail.status).toBe(206);
      expect((await bytesOf(tail)).toString()).toBe("789");

      const past = await serveMedia(storage, "videos", "a.mp4", get("bytes=50-60"), options);
      expect(past.status).toBe(416);
      expect(past.headers.get("content-range")).toBe("bytes */10");

      const head = await serveMedia(storage, "videos", "a.mp4", get(undefined, "HEAD"), options);
      expect(head.status).toBe(200);
      expect(head.headers.get("content-length")).toBe("10");

      // The same headers whichever engine holds the object: type, and a download name that keeps its spaces.
      expect(whole.headers.get("content-type")).toBe("video/mp4");
      expect(whole.headers.get("content-disposition")).toBe(`inline; filename="a.mp4"; filename*=UTF-8''a.mp4`);
      const download = await serveMedia(storage, "videos", "a.mp4", get(), { ...options, downloadName: "my take.mp4" });
      expect(download.headers.get("content-disposition")).toBe(
        `attachment; filename="my_take.mp4"; filename*=UTF-8''my%20take.mp4`,
      );

      expect((await serveMedia(storage, "videos", "none.mp4", get(), options)).status).toBe(404);
      expect((await serveMedia(storage, "videos", "a.mp4.part", get(), options)).status).toBe(404);
    });

    it("touches, lists by kind and deletes", async () => {
      await storage.put("images", "i.png", Buffer.from("png"));
      await storage.touch("images", "i.png");
      await storage.touch("images", "gone.png");
      expect((await storage.list("images")).map((object) => object.name)).toEqual(["i.png"]);
      await storage.delete("images", "i.png");
      await storage.delete("images", "i.png");
      expect(await storage.list("images")).toEqual([]);
    });

    it("hands out a link a third party can fetch the object from", async () => {
      await storage.put("references", "r.mp4", Buffer.from("clip"));
      const url = await storage.fetchableUrl("references", "r.mp4", 3600);
      if (storage.kind === "local") {
        expect(url).toBe("https://studio.test/media/references/r.mp4");
        return;
      }
      expect(url).toContain("X-Amz-Signature=");
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("clip");
      const partial = await fetch(url, { headers: { range: "bytes=1-2" } });
      expect(partial.status).toBe(206);
      expect(await partial.text()).toBe("li");
    });

    it("cleans its scratch area", async () => {
      fs.writeFileSync(await storage.scratchPath(".jpg"), "half");
      expect(await storage.cleanScratch()).toBeGreaterThanOrEqual(1);
      expect(await storage.readBuffer("videos", "a.mp4")).toBeDefined();
    });
  });
}

describe.skipIf(!testS3)("S3 failures", () => {
  it("reports a write the bucket refuses as StorageError", async () => {
    const storage = s3MediaStorage({
      bucket: "no-such-bucket-o1",
      endpoint: testS3?.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      accessKeyId: testS3?.accessKeyId,
      secretAccessKey: testS3?.secretAccessKey,
      scratchRoot: fs.mkdtempSync("/tmp/o1-s3-"),
    });
    await expect(storage.put("videos", "a.mp4", Buffer.from("x"))).rejects.toBeInstanceOf(StorageError);
  });
});
