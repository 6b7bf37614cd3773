// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTray } from "@/hooks/use-tray";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader } from "@/lib/images/xhr-upload";
import { webp } from "@/test-support/test-images";
import { heldUploads, instantUploads, noDecoding, pngFile, readyOutcome } from "@/test-support/tray-test-kit";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let a: File;
let b: File;
beforeAll(async () => {
  a = await pngFile("a.png");
  b = await pngFile("b.png");
});

describe("useTray", () => {
  it("aborts the upload of a removed image and ignores its late answer; undo starts it again", async () => {
    const uploads = heldUploads();
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const { result } = renderHook(() => useTray({ maxImages: 7, decode: noDecoding, upload: uploads.upload }));
    let id = "";
    act(() => {
      [id = ""] = result.current.addFiles([a]);
    });
    await waitFor(() => expect(uploads.pending).toHaveLength(1));
    const previewUrl = result.current.images[0]?.localPreviewUrl;

    let removed: ReturnType<typeof result.current.remove>;
    act(() => {
      removed = result.current.remove(id);
    });
    expect(uploads.pending[0]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(previewUrl);
    await act(async () => uploads.pending[0]?.resolve(readyOutcome("a.png", "late")));
    expect(result.current.images).toEqual([]);

    act(() => {
      if (removed) result.current.restore(removed.image, removed.index);
    });
    expect(result.current.images[0]).toMatchObject({ id, status: "checking" });
    expect(result.current.images[0]?.localPreviewUrl).toMatch(/^blob:/);
    await waitFor(() => expect(uploads.pending).toHaveLength(2));
    await act(async () => uploads.pending[1]?.resolve(readyOutcome("a.png", "again")));
    expect(result.current.images[0]).toMatchObject({ id, status: "ready", ref: { assetId: "again" } });
  });

  it("moves by id to a clamped index", () => {
    const { result } = renderHook(() => useTray({ maxImages: 7, decode: noDecoding, upload: heldUploads().upload }));
    let ids: string[] = [];
    act(() => {
      ids = result.current.addFiles([a, b]);
    });
    act(() => result.current.move(ids[0] ?? "", 99));
    expect(result.current.images.map((image) => image.name)).toEqual(["b.png", "a.png"]);
    act(() => result.current.move("unknown", 0));
    expect(result.current.images.map((image) => image.name)).toEqual(["b.png", "a.png"]);
  });

  it("undo always brings the image back, and the tray then reports being over its limit", async () => {
    const { result } = renderHook(() => useTray({ maxImages: 2, decode: noDecoding, upload: instantUploads }));
    let ids: string[] = [];
    act(() => {
      ids = result.current.addFiles([a, b]);
    });
    await waitFor(() => expect(result.current.images.every((image) => image.status === "ready")).toBe(true));
    let removed: ReturnType<typeof result.current.remove>;
    act(() => {
      removed = result.current.remove(ids[0] ?? "");
      result.current.addFiles([a]);
    });
    let restored = false;
    act(() => {
      if (removed) restored = result.current.restore(removed.image, removed.index);
    });
    expect(restored).toBe(true);
    expect(result.current.images[0]?.id).toBe(ids[0]);
    expect(result.current.images).toHaveLength(3);
    expect(result.current.overLimit).toBe(1);
    expect(result.current.rejections).toEqual([]);
    act(() => {
      if (removed) restored = result.current.restore(removed.image, removed.index);
    });
    expect(restored).toBe(false);
  });

  it("adds a pasted file once even when two handlers see the same paste", async () => {
    const { result } = renderHook(() => useTray({ maxImages: 7, decode: noDecoding, upload: heldUploads().upload }));
    const event = new Event("paste", { cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, "clipboardData", { value: { files: [a], items: [], getData: () => "" } });
    let first: string[] = [];
    let second: string[] = [];
    act(() => {
      first = result.current.handlePaste(event);
      second = result.current.handlePaste(event);
    });
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
    expect(event.defaultPrevented).toBe(true);
    expect(result.current.images.map((image) => image.name)).toEqual(["a.png"]);
  });

  it("clear() and unmounting stop uploads and release previews; rejections can be dismissed", async () => {
    const uploads = heldUploads();
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const { result, unmount } = renderHook(() => useTray({ maxImages: 1, decode: noDecoding, upload: uploads.upload }));
    act(() => {
      result.current.addFiles([a, b]);
    });
    expect(result.current.rejections).toEqual(["You can add at most 1 image; 1 file was not added."]);
    act(() => result.current.dismissRejection("You can add at most 1 image; 1 file was not added."));
    expect(result.current.rejections).toEqual([]);
    await waitFor(() => expect(uploads.pending).toHaveLength(1));
    const url = result.current.images[0]?.localPreviewUrl;
    act(() => result.current.clear());
    expect(result.current.images).toEqual([]);
    expect(uploads.pending[0]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(url);

    act(() => {
      result.current.addFiles([b]);
    });
    await waitFor(() => expect(uploads.pending).toHaveLength(2));
    const second = result.current.images[0]?.localPreviewUrl;
    unmount();
    expect(uploads.pending[1]?.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith(second);
  });
});

describe("useTray when something throws", () => {
  it("marks an upload that threw as failed, and Retry uploads again", async () => {
    let attempts = 0;
    const flaky: Uploader = (input, onProgress, signal) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error("xhr blew up")) : instantUploads(input, onProgress, signal);
    };
    const { result } = renderHook(() => useTray({ maxImages: 7, decode: noDecoding, upload: flaky }));
    act(() => {
      result.current.addFiles([a]);
    });
    await waitFor(() => expect(result.current.images[0]?.status).toBe("failed"));
    expect(result.current.images[0]?.error).toBe("a.png: The upload failed. Try again.");
    act(() => result.current.retry(result.current.images[0]?.id ?? ""));
    await waitFor(() => expect(result.current.images[0]?.status).toBe("ready"));
  });

  it("marks an image the browser could not re-encode as failed instead of leaving it checking", async () => {
    const canvasFails: ImageDecoder = async () => ({
      width: 640,
      height: 480,
      toJpeg: () => Promise.reject(new Error("canvas out of memory")),
      close() {},
    });
    const cat = new File([new Uint8Array(await webp(640, 480))], "cat.webp", { type: "image/webp" });
    const { result } = renderHook(() => useTray({ maxImages: 7, decode: canvasFails, upload: instantUploads }));
    act(() => {
      result.current.addFiles([cat]);
    });
    await waitFor(() => expect(result.current.images[0]?.status).toBe("failed"));
    expect(result.current.images[0]?.error).toBe("cat.webp could not be prepared in this browser. Try again.");
  });
});
