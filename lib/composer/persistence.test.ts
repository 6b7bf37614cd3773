import { describe, expect, it } from "vitest";
import { parseStoredDraft, serializeDraft } from "./persistence";
import { type Draft, emptyDraft } from "./state";

const fresh = () => "draft-fresh-0001";
const ref = {
  assetId: "asset-1",
  name: "beach.jpg",
  width: 800,
  height: 600,
  previewUrl: "/media/images/1.jpg",
  upstreamUrl: "https://u/1.jpg",
};

describe("the stored draft", () => {
  it("comes back whole: images under their own ids, so the chips still point at them", () => {
    const draft: Draft = {
      ...emptyDraft("draft-stored-01"),
      doc: [
        { kind: "chip", imageId: "tray-1" },
        { kind: "text", text: " at dusk" },
      ],
      images: [
        { id: "tray-1", name: "beach.jpg", status: "ready", progress: 100, ref },
        // Not stored yet: it cannot come back after a reload.
        { id: "tray-2", name: "dog.png", status: "uploading", progress: 30, localPreviewUrl: "blob:x" },
      ],
      settings: { mode: "pro", duration: 10, aspectRatio: "9:16" },
      video: { url: "https://v/a.mp4", referType: "feature", keepOriginalSound: true },
      lastSent: { fingerprint: "{}", draftId: "draft-stored-01", at: 5 },
    };
    const back = parseStoredDraft(serializeDraft(draft), fresh);
    expect(back).toEqual({ ...draft, images: [draft.images[0]] });
  });

  it("reads a v2 draft (before ImageRef), and falls back to a fresh draft on anything unreadable", () => {
    const v2 = JSON.stringify({
      draftId: "draft-v2-000001",
      doc: [{ kind: "chip", imageId: "t1" }],
      mode: "pro",
      duration: 7,
      images: [
        {
          trayId: "t1",
          stored: { assetId: "a", name: "n.jpg", url: "/m/a", upstreamUrl: "https://u/a", width: 1, height: 1 },
        },
      ],
    });
    const back = parseStoredDraft(v2, fresh);
    expect(back.images[0]).toMatchObject({
      id: "t1",
      status: "ready",
      ref: { previewUrl: "/m/a", upstreamUrl: "https://u/a" },
    });
    expect(back.settings).toEqual({ mode: "pro", duration: 5, aspectRatio: "16:9" });

    for (const raw of [null, "", "not json", "[1,2]", '{"draftId":3,"doc":"x","images":{}}']) {
      expect(parseStoredDraft(raw, fresh)).toEqual(emptyDraft("draft-fresh-0001"));
    }
    expect(parseStoredDraft('{"doc":[{"kind":"chip"},{"kind":"text","text":"ok"}]}', fresh).doc).toEqual([
      { kind: "text", text: "ok" },
    ]);
  });
});
