import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import type { SubmitInput } from "@/lib/generations/recipe";
import type { GenerationView } from "@/lib/generations/view";
import { eventually, startComposer } from "@/test-support/composer-test-kit";
import { fakeServer, heldUploads, instantUploads, noDecoding, pngFile } from "@/test-support/tray-test-kit";
import { REPEAT_WINDOW_MS } from "./repeat-guard";
import type { CheckedVideo, ComposerServer } from "./server-port";

let a: File;
beforeAll(async () => {
  a = await pngFile("a.png");
});

type Submitted = ActionResult<{ generation: GenerationView; duplicate: boolean }>;

/** A server whose submits the test answers, one by one. */
function submitsHeld() {
  const calls: Array<{ input: SubmitInput; answer: (result: Submitted) => void }> = [];
  const server: ComposerServer = fakeServer({
    submit: (input) => new Promise((resolve) => calls.push({ input, answer: resolve })),
  });
  const ok = (id: string): Submitted => ({
    ok: true,
    data: { generation: { id } as GenerationView, duplicate: false },
  });
  return { calls, server, ok };
}

function withPrompt(composer: ReturnType<typeof startComposer>, text: string) {
  composer.commands.editDoc([{ kind: "text", text }], composer.state().docRevision);
}

describe("submit", () => {
  it("a second submit while the first is on its way sends nothing", async () => {
    const held = submitsHeld();
    const composer = startComposer({ server: held.server, decode: noDecoding, upload: instantUploads });
    withPrompt(composer, "a lantern");
    const first = composer.commands.submit();
    const second = composer.commands.submit();
    expect(held.calls).toHaveLength(1);
    expect(await second).toEqual({ kind: "not-ready" });
    held.calls[0]?.answer(held.ok("g1"));
    expect(await first).toMatchObject({ kind: "sent" });
  });

  it("the unchanged draft again within the window is refused; a changed one, a later one or another take is new", async () => {
    let clock = 1_000_000;
    const held = submitsHeld();
    const composer = startComposer({
      server: held.server,
      decode: noDecoding,
      upload: instantUploads,
      now: () => clock,
    });
    withPrompt(composer, "a lantern");
    const send = async (options?: { anotherTake?: boolean }) => {
      const outcome = composer.commands.submit(options);
      held.calls.at(-1)?.answer(held.ok(`g${held.calls.length}`));
      return outcome;
    };

    expect((await send()).kind).toBe("sent");
    const key = held.calls[0]?.input.draftId;
    clock += 100;
    expect(await composer.commands.submit()).toEqual({ kind: "repeat" });
    expect(composer.state().repeatRefused).toBe(true);
    expect(held.calls).toHaveLength(1);

    expect((await send({ anotherTake: true })).kind).toBe("sent");
    expect(held.calls[1]?.input.draftId).not.toBe(key);
    expect(composer.state().repeatRefused).toBe(false);

    withPrompt(composer, "a lantern on a lake");
    expect((await send()).kind).toBe("sent");
    expect(new Set(held.calls.map((call) => call.input.draftId)).size).toBe(3);

    clock += REPEAT_WINDOW_MS;
    expect((await send()).kind).toBe("sent");
    expect(new Set(held.calls.map((call) => call.input.draftId)).size).toBe(4);
  });

  it("a refused submit keeps the draft and its key, so trying again cannot make a second task", async () => {
    const held = submitsHeld();
    const composer = startComposer({ server: held.server, decode: noDecoding, upload: instantUploads });
    withPrompt(composer, "costs too much");
    const first = composer.commands.submit();
    held.calls[0]?.answer({ ok: false, error: { code: "balance", message: "You are out of balance." } });
    expect(await first).toEqual({ kind: "failed", message: "You are out of balance." });
    expect(composer.state().alert).toBe("You are out of balance.");
    const again = composer.commands.submit();
    held.calls[1]?.answer(held.ok("g1"));
    await again;
    expect(held.calls[1]?.input.draftId).toBe(held.calls[0]?.input.draftId);
  });

  it("waits for uploads and video checks, and sends a base video's own length and shape", async () => {
    const held = submitsHeld();
    const uploads = heldUploads();
    let answerCheck: (result: ActionResult<CheckedVideo>) => void = () => {};
    const server: ComposerServer = {
      ...held.server,
      videoFromResult: () =>
        new Promise<ActionResult<CheckedVideo>>((resolve) => {
          answerCheck = resolve;
        }),
    };
    const composer = startComposer({ server, decode: noDecoding, upload: uploads.upload });
    withPrompt(composer, "edit it");
    composer.commands.addFiles([a]);
    expect(await composer.commands.submit()).toEqual({ kind: "not-ready" });
    await eventually(() => uploads.pending.length === 1);
    uploads.pending[0]?.resolve({
      ok: true,
      image: { assetId: "x", name: "a.png", width: 500, height: 400, previewUrl: "/m/x", upstreamUrl: "https://u/x" },
    });
    await eventually(() => composer.images()[0]?.status === "ready");

    const checked = composer.commands.setVideoFromResult("gen-1", "base");
    expect(composer.state().videoCheck.pending).not.toBeNull();
    expect(await composer.commands.submit()).toEqual({ kind: "not-ready" });
    expect(held.calls).toHaveLength(0);
    answerCheck({
      ok: true,
      data: {
        url: "https://v/a.mp4",
        check: { durationSeconds: 5, width: 720, height: 1280, description: "720×1280 · 5.0 s" },
      },
    });
    expect(await checked).toBe(true);
    composer.commands.changeSettings({ duration: 10, aspectRatio: "16:9" });
    void composer.commands.submit();
    expect(held.calls[0]?.input).toMatchObject({
      duration: 5,
      aspectRatio: "9:16",
      images: [{ assetId: "x", name: "a.png" }],
      video: { url: "https://v/a.mp4", referType: "base", keepOriginalSound: false },
    });
  });
});

describe("remix", () => {
  it("offers an undo only over a draft worth keeping, and the undo brings that whole draft back", async () => {
    const composer = startComposer({ server: fakeServer(), decode: noDecoding, upload: instantUploads });
    const recipe = {
      prompt: "<<<image_1>>> runs",
      mode: "pro" as const,
      duration: 10 as const,
      aspectRatio: "1:1" as const,
      video: null,
      images: [
        { assetId: "r", name: "r.jpg", width: 900, height: 900, previewUrl: "/m/r", upstreamUrl: "https://u/r" },
      ],
    };
    expect(composer.commands.loadRecipe(recipe).undo).toBeUndefined();

    composer.commands.loadRecipe({ ...recipe, prompt: "nothing", images: [] });
    composer.commands.addFiles([a]);
    await eventually(() => composer.images()[0]?.status === "ready");
    withPrompt(composer, "mine");
    const before = composer.state().draft;
    const { undo } = composer.commands.loadRecipe(recipe);
    expect(composer.images().map((image) => image.name)).toEqual(["r.jpg"]);
    undo?.();
    expect(composer.state().draft).toEqual(before);
  });
});
