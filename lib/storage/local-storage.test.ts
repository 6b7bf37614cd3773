import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localMediaStorage } from "./local-storage";
import { isServableName, mediaNameOf } from "./media-names";
import type { MediaStorage } from "./media-storage";
import { serveMedia } from "./serve-media";
import { guardStorage, isStorageFailure, StorageError } from "./storage-error";

let root: string;
let storage: MediaStorage;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "o1-storage-"));
  storage = localMediaStorage({ root, publicBaseUrl: "https://studio.test" });
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString();

describe("the media folder", () => {
  it("stores through a scratch file and a rename: only complete files ever have the final name", async () => {
    const stored = await storage.put("videos", "a.mp4", Buffer.from("complete"));
    expect(stored).toMatchObject({ kind: "videos", name: "a.mp4", bytes: 8 });
    expect(fs.readdirSync(path.join(root, "videos"))).toEqual(["a.mp4"]);
    expect(fs.readdirSync(path.join(root, ".scratch"))).toEqual([]);
    expect((await storage.readBuffer("videos", "a.mp4"))?.toString()).toBe("complete");

    const scratch = await storage.scratchPath(".jpg");
    fs.writeFileSync(scratch, "frame");
    await storage.putFile("posters", "a.jpg", scratch);
    expect(fs.existsSync(scratch)).toBe(false);
    expect(await storage.head("posters", "a.jpg")).toMatchObject({ bytes: 5 });
  });

  it("refuses names that could be temp files or escape the folder", async () => {
    for (const name of ["a.mp4.part", ".checking-a.mp4", "a.1234.part", "../x.mp4", "a", "a.exe", ".o1studio.db"]) {
      expect(isServableName(name), name).toBe(false);
      expect(storage.localPath("videos", name)).toBeUndefined();
      expect(await storage.head("videos", name)).toBeUndefined();
    }
    await expect(storage.put("videos", "x.mp4.part", Buffer.from("x"))).rejects.toThrow(/not a storable/);
  });

  it("cleans scratch files and partial leftovers at start, and nothing else", async () => {
    await storage.put("videos", "keep.mp4", Buffer.from("v"));
    fs.writeFileSync(await storage.scratchPath(".mp4"), "half");
    fs.writeFileSync(path.join(root, "videos", "keep.mp4.part"), "half");
    fs.mkdirSync(path.join(root, "references"), { recursive: true });
    fs.writeFileSync(path.join(root, "references", ".checking-x.mp4"), "half");
    expect(await storage.cleanScratch()).toBe(3);
    expect(fs.readdirSync(path.join(root, "videos"))).toEqual(["keep.mp4"]);
    expect(fs.readdirSync(path.join(root, "references"))).toEqual([]);
  });

  it("lists, touches and deletes", async () => {
    await storage.put("images", "a.png", Buffer.from("12"));
    const before = (await storage.head("images", "a.png"))?.modifiedAt ?? 0;
    fs.utimesSync(path.join(root, "images", "a.png"), new Date(0), new Date(0));
    await storage.touch("images", "a.png");
    expect((await storage.head("images", "a.png"))?.modifiedAt).toBeGreaterThanOrEqual(before);
    expect((await storage.list("images")).map((object) => object.name)).toEqual(["a.png"]);
    await storage.delete("images", "a.png");
    expect(await storage.list("images")).toEqual([]);
    expect(await storage.list("videos")).toEqual([]);
  });

  it("hands out the public URL APIMart fetches", async () => {
    await storage.put("references", "ref-abc.mp4", Buffer.from("v"));
    const url = await storage.fetchableUrl("references", "ref-abc.mp4", 60);
    expect(url).toBe("https://studio.test/media/references/ref-abc.mp4");
    expect(mediaNameOf(url, "references")).toBe("ref-abc.mp4");
    expect(mediaNameOf("https://x.test/media/references/a.mp4.part", "references")).toBeUndefined();
  });

  it("turns a full or read-only disk into a StorageError with the creator's message", async () => {
    // The real full disk is the tmpfs e2e test; here the mapping of the codes the kernel and SQLite give.
    for (const code of ["ENOSPC", "EROFS", "EDQUOT", "SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_READONLY"]) {
      const failure = await guardStorage("writing", () => {
        throw Object.assign(new Error(code), { code });
      }).catch((error: unknown) => error);
      expect(failure, code).toBeInstanceOf(StorageError);
      expect(failure).toMatchObject({
        code: "storage",
        message: "Could not save — the app's storage is full or unwritable",
      });
    }
    expect(isStorageFailure(new Error("other"))).toBe(false);
    expect(isStorageFailure(Object.assign(new Error("busy"), { code: "SQLITE_BUSY" }))).toBe(false);
  });
});

describe("serveMedia", () => {
  it("serves whole files and ranges, and never a partial file", async () => {
    await storage.put("videos", "a.mp4", Buffer.from("0123456789"));
    fs.writeFileSync(path.join(root, "videos", "a.mp4.part"), "partial");
    const get = (name: string, headers: Record<string, string> = {}) =>
      serveMedia(storage, "videos", name, new Request("http://app.test/x", { headers }), { cacheControl: "no-store" });
    const whole = await get("a.mp4");
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(await text(whole)).toBe("0123456789");
    const range = await get("a.mp4", { range: "bytes=2-4" });
    expect(range.status).toBe(206);
    expect(await text(range)).toBe("234");
    expect((await get("a.mp4.part")).status).toBe(404);
    expect((await get("missing.mp4")).status).toBe(404);
  });

  it("streams by range from a store that is not on this disk (the S3 path)", async () => {
    await storage.put("videos", "b.mp4", Buffer.from("0123456789"));
    const remote: MediaStorage = { ...storage, localPath: () => undefined };
    const answer = (headers: Record<string, string>) =>
      serveMedia(remote, "videos", "b.mp4", new Request("http://app.test/x", { headers }), {
        cacheControl: "no-store",
        downloadName: "my clip.mp4",
      });
    const range = await answer({ range: "bytes=5-" });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe("bytes 5-9/10");
    expect(range.headers.get("content-disposition")).toBe(
      `attachment; filename="my_clip.mp4"; filename*=UTF-8''my%20clip.mp4`,
    );
    expect(await text(range)).toBe("56789");
    expect((await answer({ range: "bytes=20-" })).status).toBe(416);
    expect(await text(await answer({}))).toBe("0123456789");
    expect(
      (await serveMedia(remote, "videos", "none.mp4", new Request("http://app.test/x"), { cacheControl: "x" })).status,
    ).toBe(404);
  });
});
