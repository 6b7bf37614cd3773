import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader } from "@/lib/images/xhr-upload";
import { eventually, startComposer } from "@/test-support/composer-test-kit";
import { webp } from "@/test-support/test-images";
import {
  fakeServer,
  heldUploads,
  instantUploads,
  noDecoding,
  pngFile,
  readyOutcome,
} from "@/test-support/tray-test-kit";

afterEach(() => {
  vi.restoreAllMocks();
});

let a: File;
let b: File;
beforeAll(async () => {
  a = await pngFile("a.png");
  b = await pngFile("b.png");
});

const start = (upload: Uploader, options: { maxImages?: number; decode?: ImageDecoder } = {}) =>
  startComposer({
    server: fakeServer(),
    decode: options.decode ?? noDecoding,
    upload,
    limits: {
      maxImages: options.maxImages ?? 7,
      maxImagesWithVideo: options.maxImages ?? 4,
      maxImagesWithFeatureVideo: 1,
    },
  });

describe("the upload pipeline", () => {
  it("aborts the upload of a removed image and ignores its late answer; undo starts it again", async () => {
    const uploads = heldUploads();
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const composer = start(uploads.upload);
    const [id = ""] = composer.commands.addFiles([a]);
    await eventually(() => uploads.pending.length === 1);
    const previewUrl = composer.images()[0]?.localPreviewUrl;
    expect(previewUrl).toMatch(/^blob:/);

    const removed = composer.commands.removeImage(id);
    expect(uploads.pending[0]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(previewUrl);
    uploads.pending[0]?.resolve(readyOutcome("a.png", "late"));
    await Promise.resolve();
    expect(composer.images()).toEqual([]);

    removed?.undo();
    expect(composer.images()[0]).toMatchObject({ id, status: "checking" });
    expect(composer.images()[0]?.localPreviewUrl).toMatch(/^blob:/);
    await eventually(() => uploads.pending.length === 2);
    uploads.pending[1]?.resolve(readyOutcome("a.png", "again"));
    await eventually(() => composer.images()[0]?.status === "ready");
    expect(composer.images()[0]).toMatchObject({ id, status: "ready", ref: { assetId: "again" } });
  });

  it("moves by id to a clamped index", () => {
    const composer = start(heldUploads().upload);
    const ids = composer.commands.addFiles([a, b]);
    composer.commands.moveImage(ids[0] ?? "", 99);
    expect(composer.images().map((image) => image.name)).toEqual(["b", "a"]);
    composer.commands.moveImage("unknown", 0);
    expect(composer.images().map((image) => image.name)).toEqual(["b", "a"]);
  });

  it("undo always brings the image back, and the tray then reports being over its limit", async () => {
    const composer = start(instantUploads, { maxImages: 2 });
    const ids = composer.commands.addFiles([a, b]);
    await eventually(() => composer.images().every((image) => image.status === "ready"));
    const removed = composer.commands.removeImage(ids[0] ?? "");
    composer.commands.addFiles([a]);
    removed?.undo();
    expect(composer.images()[0]?.id).toBe(ids[0]);
    expect(composer.images()).toHaveLength(3);
    expect(composer.state().rejections).toEqual([]);
    // A second undo changes nothing: the image is already back.
    removed?.undo();
    expect(composer.images()).toHaveLength(3);
  });

  it("adds a pasted file once even when two handlers see the same paste, with a name of its own", () => {
    const composer = start(heldUploads().upload);
    const event = new Event("paste", { cancelable: true });
    const screenshot = new File([a], "image.png", { type: "image/png" });
    const clipboard = { files: [screenshot], items: [], getData: () => "" } as unknown as DataTransfer;
    const first = composer.commands.handlePaste(event, clipboard);
    const second = composer.commands.handlePaste(event, clipboard);
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
    expect(event.defaultPrevented).toBe(true);
    expect(composer.images().map((image) => image.name)).toEqual([expect.stringMatching(/^pasted-\d{6}$/)]);
  });

  it("a remix and detaching stop uploads and release previews; rejections can be dismissed", async () => {
    const uploads = heldUploads();
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const composer = start(uploads.upload, { maxImages: 1 });
    composer.commands.addFiles([a, b]);
    expect(composer.state().rejections).toEqual(["You can add at most 1 image; 1 file was not added."]);
    composer.commands.dismissRejections("You can add at most 1 image; 1 file was not added.");
    expect(composer.state().rejections).toEqual([]);
    await eventually(() => uploads.pending.length === 1);
    const url = composer.images()[0]?.localPreviewUrl;
    composer.commands.loadRecipe({
      prompt: "x",
      mode: "std",
      duration: 5,
      aspectRatio: "16:9",
      images: [],
      video: null,
    });
    expect(composer.images()).toEqual([]);
    expect(uploads.pending[0]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(url);

    composer.commands.addFiles([b]);
    await eventually(() => uploads.pending.length === 2);
    const second = composer.images()[0]?.localPreviewUrl;
    composer.detach();
    expect(uploads.pending[1]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(second);
  });
});

describe("the upload pipeline when something throws", () => {
  it("marks an upload that threw as failed, and Retry uploads again", async () => {
    let attempts = 0;
    const flaky: Uploader = (input, onProgress, signal) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error("xhr blew up")) : instantUploads(input, onProgress, signal);
    };
    const composer = start(flaky);
    composer.commands.addFiles([a]);
    await eventually(() => composer.images()[0]?.status === "failed");
    expect(composer.images()[0]?.error).toBe("a.png: The upload failed. Try again.");
    composer.commands.retryImage(composer.images()[0]?.id ?? "");
    await eventually(() => composer.images()[0]?.status === "ready");
  });

  it("marks an image the browser could not re-encode as failed instead of leaving it checking", async () => {
    const canvasFails: ImageDecoder = async () => ({
      width: 640,
      height: 480,
      toJpeg: () => Promise.reject(new Error("canvas out of memory")),
      close() {},
    });
    const cat = new File([new Uint8Array(await webp(640, 480))], "cat.webp", { type: "image/webp" });
    const composer = start(instantUploads, { decode: canvasFails });
    composer.commands.addFiles([cat]);
    await eventually(() => composer.images()[0]?.status === "failed");
    expect(composer.images()[0]?.error).toBe("cat.webp could not be prepared in this browser. Try again.");
  });
});
