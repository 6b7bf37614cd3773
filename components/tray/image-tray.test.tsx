// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { IMAGE_ID_MIME } from "@/lib/images/drag-data";
import { heicMessage } from "@/lib/images/messages";
import { failingDecoder, fakeHeif } from "@/test-support/test-images";
import {
  bytesFile,
  checkedVideo,
  heldUploads,
  instantUploads,
  itemNames,
  noDecoding,
  pngFile,
  readyOutcome,
  renderTray,
} from "@/test-support/tray-test-kit";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let good: File;
let tiny: File;
const pdf = bytesFile(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), "notes.jpg", "image/jpeg");

beforeAll(async () => {
  good = await pngFile("good.png");
  tiny = await pngFile("tiny.png", 200, 150);
});

function chooseFiles(files: File[]) {
  fireEvent.change(screen.getByLabelText("Choose image files"), { target: { files } });
}

/** jest-dom is not installed; these are the two matchers the tests need. */
function expectText(element: Element, text: string) {
  expect(element.textContent ?? "").toContain(text);
}

function description(element: Element): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const list = () => screen.getByRole("list", { name: "Reference images, in prompt order" });

async function addReady(names: string[], options: { onInsert?: (id: string) => void } = {}) {
  const view = renderTray({
    decode: noDecoding,
    upload: instantUploads,
    onInsert: options.onInsert,
  });
  const files = await Promise.all(names.map((name) => pngFile(name)));
  let ids: string[] = [];
  act(() => {
    ids = view.tray().addFiles(files);
  });
  await waitFor(() => expect(view.tray().images.every((image) => image.status === "ready")).toBe(true));
  return { ...view, ids };
}

describe("ImageTray: adding files", () => {
  it("shows each rejection with the file and the rule, and keeps the other images", async () => {
    renderTray({ decode: noDecoding, upload: instantUploads });
    chooseFiles([tiny, good, pdf]);

    const alert = screen.getByRole("alert");
    await waitFor(() => expectText(alert, "tiny.png is 200×150 px; each side must be at least 300 px."));
    await waitFor(() => expectText(alert, "notes.jpg is not an image (it looks like a PDF). Use JPEG or PNG."));
    await waitFor(() => expect(itemNames(list())).toEqual(["image 1: good"]));
  });

  it("puts placeholders in the tray at once, checking, with a preview", async () => {
    const view = renderTray({ decode: noDecoding, upload: heldUploads().upload });
    let ids: string[] = [];
    act(() => {
      ids = view.tray().addFiles([good, tiny]);
    });
    expect(ids).toHaveLength(2);
    expect(view.tray().images.map((image) => [image.id, image.status])).toEqual([
      [ids[0], "checking"],
      [ids[1], "checking"],
    ]);
    expect(view.tray().images[0]?.localPreviewUrl).toMatch(/^blob:/);
    expect(screen.getAllByText("Checking…")).toHaveLength(2);
    await waitFor(() => expect(itemNames(list())).toEqual(["image 1: good"]));
  });

  it("accepts at most 7 images and says how many were left out", async () => {
    const view = renderTray({ decode: noDecoding, upload: instantUploads });
    expect(description(screen.getByRole("button", { name: "Add images" }))).toBe(
      "Drop, paste or choose images — JPEG or PNG, at least 300 px, up to 7",
    );
    const files = await Promise.all(Array.from({ length: 9 }, (_, i) => pngFile(`p${i + 1}.png`)));
    chooseFiles(files);
    await waitFor(() => expectText(screen.getByRole("alert"), "You can add at most 7 images; 2 files were not added."));
    expect(itemNames(list())).toHaveLength(7);
    expect(itemNames(list())[6]).toBe("image 7: p7");
    expect(view.tray().images).toHaveLength(7);
  });

  it("accepts at most 4 with a reference video to edit (1 with a feature video), and flags images over a lowered limit", async () => {
    const view = renderTray({ decode: noDecoding, upload: instantUploads });
    act(() => view.composer().commands.setVideo(checkedVideo));
    expect(description(screen.getByRole("button", { name: "Add images" }))).toMatch(/up to 1$/);
    const baseVideo = { ...checkedVideo, referType: "base" as const };
    act(() => view.composer().commands.setVideo(baseVideo));
    expect(description(screen.getByRole("button", { name: "Add images" }))).toMatch(/up to 4$/);
    const files = await Promise.all(Array.from({ length: 5 }, (_, i) => pngFile(`v${i + 1}.png`)));
    chooseFiles(files);
    await waitFor(() => expectText(screen.getByRole("alert"), "You can add at most 4 images; 1 file was not added."));
    expect(itemNames(list())).toHaveLength(4);

    // The video is removed, two more images are added, then a video is set again.
    act(() => view.composer().commands.setVideo(null));
    act(() => {
      view.tray().addFiles([files[4] as File, good]);
    });
    await waitFor(() => expect(itemNames(list())).toHaveLength(6));
    act(() => view.composer().commands.setVideo(baseVideo));
    expectText(screen.getByRole("alert"), "At most 4 images can be used now; remove 2 images before generating.");
  });

  it("adds pasted image files and leaves text pastes alone", async () => {
    renderTray({ decode: noDecoding, upload: instantUploads });
    const region = screen.getByRole("region", { name: "Reference images" });
    const screenshot = new File([await good.arrayBuffer()], "image.png", { type: "image/png" });

    const clipboard = (files: File[], text: string) => ({
      files,
      items: [],
      types: text ? ["text/plain", "Files"] : ["Files"],
      getData: (type: string) => (type === "text/plain" ? text : ""),
    });

    const textPaste = fireEvent.paste(region, { clipboardData: clipboard([], "a slow dolly shot") });
    expect(textPaste).toBe(true); // not prevented: the prompt editor gets it
    // Office apps add a picture of the copied text: that paste is text, not an image.
    const officePaste = fireEvent.paste(region, { clipboardData: clipboard([screenshot], "Q3 revenue") });
    expect(officePaste).toBe(true);
    expect(screen.queryByRole("list")).toBeNull();

    const imagePaste = fireEvent.paste(region, { clipboardData: clipboard([screenshot], "") });
    expect(imagePaste).toBe(false);
    await waitFor(() => expect(itemNames(list())).toEqual([expect.stringMatching(/^image 1: pasted-\d{6}$/)]));
  });

  it("opens the file chooser from the keyboard", () => {
    renderTray({ decode: noDecoding, upload: instantUploads });
    const click = vi.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
    const button = screen.getByRole("button", { name: "Add images" });
    fireEvent.keyDown(button, { key: "Enter" });
    fireEvent.keyDown(button, { key: " " });
    expect(click).toHaveBeenCalledTimes(2);
  });
});

describe("ImageTray: upload states", () => {
  it("shows upload progress, then the stored image", async () => {
    const uploads = heldUploads();
    const revoke = vi.spyOn(URL, "revokeObjectURL");
    const view = renderTray({ decode: noDecoding, upload: uploads.upload });
    chooseFiles([good]);
    await waitFor(() => expect(uploads.pending).toHaveLength(1));
    const bar = screen.getByRole("progressbar", { name: "Uploading image 1: good" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0");
    const upload = uploads.pending[0];
    if (!upload) throw new Error("no upload");
    expect(upload.input).toMatchObject({ filename: "good.png", name: "good.png" });
    const blobUrl = view.tray().images[0]?.localPreviewUrl;

    act(() => upload.onProgress(40));
    expect(bar.getAttribute("aria-valuenow")).toBe("40");
    await act(async () => upload.resolve(readyOutcome("good.png", "asset-9")));

    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(view.tray().images[0]).toMatchObject({
      status: "ready",
      localPreviewUrl: undefined,
      ref: {
        assetId: "asset-9",
        previewUrl: "/media/images/asset-9.jpg",
        upstreamUrl: "https://upload.example/asset-9.jpg",
      },
    });
    expect(revoke).toHaveBeenCalledWith(blobUrl);
  });

  it("shows a failed upload's reason with a Retry that uploads again", async () => {
    const uploads = heldUploads();
    renderTray({ decode: noDecoding, upload: uploads.upload });
    chooseFiles([good]);
    await waitFor(() => expect(uploads.pending).toHaveLength(1));
    await act(async () =>
      uploads.pending[0]?.resolve({
        ok: false,
        retryable: true,
        message: "Could not reach the video service. Check the connection and try again.",
      }),
    );
    const item = screen.getByRole("listitem", { name: "image 1: good" });
    expectText(item, "good.png: Could not reach the video service. Check the connection and try again.");

    fireEvent.click(within(item).getByRole("button", { name: "Retry image 1: good" }));
    await waitFor(() => expect(uploads.pending).toHaveLength(2));
    await act(async () => uploads.pending[1]?.resolve(readyOutcome("good.png", "asset-10")));
    expect(within(item).queryByRole("button", { name: /Retry/ })).toBeNull();
  });

  it("removes a file the server refuses and explains why, keeping the rest", async () => {
    const uploads = heldUploads();
    const view = renderTray({ decode: failingDecoder, upload: uploads.upload });
    const heic = bytesFile(fakeHeif("heic", ["mif1", "heic"]), "beach.heic", "image/heic");
    act(() => {
      view.tray().addFiles([good, heic]);
    });
    await waitFor(() => expect(uploads.pending).toHaveLength(2));
    const heicUpload = uploads.pending.find((upload) => upload.input.name === "beach.heic");
    // The browser could not decode it, so the original bytes go to the server.
    expect(heicUpload?.input.blob).toBe(heic);
    await act(async () => heicUpload?.resolve({ ok: false, retryable: false, message: heicMessage("beach.heic") }));
    expectText(screen.getByRole("alert"), heicMessage("beach.heic"));
    expect(itemNames(list())).toEqual(["image 1: good"]);
  });
});

describe("ImageTray: order and numbers", () => {
  it("numbers follow the order after moving and removing", async () => {
    await addReady(["a.png", "b.png", "c.png"]);
    expect(itemNames(list())).toEqual(["image 1: a", "image 2: b", "image 3: c"]);

    fireEvent.click(screen.getByRole("button", { name: "Move image 1 right" }));
    expect(itemNames(list())).toEqual(["image 1: b", "image 2: a", "image 3: c"]);
    within(screen.getByRole("listitem", { name: "image 2: a" })).getByText("2");

    fireEvent.click(screen.getByRole("button", { name: "Remove image 1: b" }));
    expect(itemNames(list())).toEqual(["image 1: a", "image 2: c"]);
    screen.getByRole("button", { name: "Remove image 2: c" });
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Move image 1 left" }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Move image 2 right" }).disabled).toBe(true);
  });

  it("reorders from the keyboard, keeps focus and announces the new position", async () => {
    await addReady(["a.png", "b.png", "c.png"]);
    const c = screen.getByRole("listitem", { name: "image 3: c" });
    c.focus();
    fireEvent.keyDown(c, { key: "ArrowLeft" }); // without Alt: nothing moves
    expect(itemNames(list())[2]).toBe("image 3: c");

    fireEvent.keyDown(c, { key: "ArrowLeft", altKey: true });
    expect(itemNames(list())).toEqual(["image 1: a", "image 2: c", "image 3: b"]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("listitem", { name: "image 2: c" })));
    screen.getByText("c moved to position 2 of 3.");

    fireEvent.keyDown(document.activeElement as Element, { key: "Home", altKey: true });
    expect(itemNames(list())).toEqual(["image 1: c", "image 2: a", "image 3: b"]);
    fireEvent.keyDown(screen.getByRole("listitem", { name: "image 1: c" }), { key: "ArrowRight", altKey: true });
    expect(itemNames(list())[1]).toBe("image 2: c");
  });

  it("reorders by dragging one thumbnail onto another, carrying the image id for the editor", async () => {
    const { ids } = await addReady(["a.png", "b.png", "c.png"]);
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: vi.fn((type: string, value: string) => data.set(type, value)),
      getData: (type: string) => data.get(type) ?? "",
      get types() {
        return Array.from(data.keys());
      },
      effectAllowed: "none",
      dropEffect: "none",
    };
    const a = screen.getByRole("listitem", { name: "image 1: a" });
    const c = screen.getByRole("listitem", { name: "image 3: c" });
    fireEvent.dragStart(a, { dataTransfer });
    expect(dataTransfer.setData).toHaveBeenCalledWith(IMAGE_ID_MIME, ids[0]);
    expect(dataTransfer.setData).toHaveBeenCalledWith("text/plain", "");
    expect(dataTransfer.effectAllowed).toBe("copyMove");

    fireEvent.dragOver(c, { dataTransfer, clientX: 10 });
    fireEvent.drop(c, { dataTransfer, clientX: 10 });
    fireEvent.dragEnd(a, { dataTransfer });
    expect(itemNames(list())).toEqual(["image 1: b", "image 2: c", "image 3: a"]);
  });

  it("inserts an image into the prompt by id", async () => {
    const onInsert = vi.fn();
    const { ids } = await addReady(["a.png", "b.png"], { onInsert });
    fireEvent.click(screen.getByRole("button", { name: "Insert image 2 into prompt" }));
    expect(onInsert).toHaveBeenCalledWith(ids[1]);
  });
});

describe("ImageTray: remove and undo", () => {
  it("removing offers Undo, which puts the image back in place", async () => {
    const view = renderTray({ decode: noDecoding, upload: instantUploads });
    const files = await Promise.all(["a.png", "b.png", "c.png"].map((name) => pngFile(name)));
    act(() => {
      view.tray().addFiles(files);
    });
    await waitFor(() => expect(view.tray().images.every((image) => image.status === "ready")).toBe(true));

    fireEvent.click(screen.getByRole("button", { name: "Remove image 2: b" }));
    screen.getByText("Removed image 2: b.");
    expect(itemNames(list())).toEqual(["image 1: a", "image 2: c"]);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(itemNames(list())).toEqual(["image 1: a", "image 2: b", "image 3: c"]);
    expect(view.tray().images[1]).toMatchObject({ name: "b", status: "ready" });
  });

  it("a remix replaces the tray with the recipe's stored images, ready and shown from the app's copy", async () => {
    const view = await addReady(["a.png"]);
    act(() => {
      view.composer().commands.loadRecipe({
        prompt: "A hero",
        mode: "std",
        duration: 5,
        aspectRatio: "16:9",
        video: null,
        images: [
          {
            assetId: "img-1",
            name: "hero.jpg",
            previewUrl: "/media/images/img-1.jpg",
            upstreamUrl: "https://u.example/1.jpg",
            width: 800,
            height: 600,
          },
        ],
      });
    });
    expect(itemNames(list())).toEqual(["image 1: hero.jpg"]);
    expect(view.tray().images[0]).toMatchObject({
      status: "ready",
      ref: { assetId: "img-1", previewUrl: "/media/images/img-1.jpg" },
    });
    expect(screen.getByRole("listitem", { name: "image 1: hero.jpg" }).querySelector("img")?.getAttribute("src")).toBe(
      "/media/images/img-1.jpg",
    );
  });
});
