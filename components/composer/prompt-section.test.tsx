// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ComposerProvider } from "@/components/composer/composer-provider";
import type { PromptEditorHandle } from "@/components/editor";
import { Toaster } from "@/components/ui/toaster";
import { useComposerContext } from "@/hooks/composer-context";
import type { Composer } from "@/lib/composer/create-composer";
import type { Recipe } from "@/lib/generations/recipe";
import type { ImageRef } from "@/lib/references/image-ref";
import { fakeServer, instantUploads, noDecoding } from "@/test-support/tray-test-kit";
import { PromptSection } from "./prompt-section";

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const ref = (n: number, name: string): ImageRef => ({
  assetId: `asset-${n}`,
  name,
  width: 800,
  height: 600,
  previewUrl: `/media/images/${n}.jpg`,
  upstreamUrl: `https://upload.test/${n}.jpg`,
});

const recipe = (prompt: string, names: string[]): Recipe => ({
  prompt,
  mode: "std",
  duration: 5,
  aspectRatio: "16:9",
  images: names.map((name, index) => ref(index + 1, name)),
  video: null,
});

function Grab({ into }: { into: { current: Composer | null } }) {
  into.current = useComposerContext().composer;
  return null;
}

function renderSection() {
  const composer: { current: Composer | null } = { current: null };
  const editor = createRef<PromptEditorHandle>();
  render(
    <Toaster>
      <ComposerProvider server={fakeServer()} decode={noDecoding} upload={instantUploads} onSubmitted={() => {}}>
        <Grab into={composer} />
        <PromptSection editorRef={editor} />
      </ComposerProvider>
    </Toaster>,
  );
  if (!composer.current) throw new Error("composer not mounted");
  return { composer: composer.current, editor };
}

const chipNames = () => screen.queryAllByRole("img").map((chip) => chip.getAttribute("aria-label"));
const text = () => screen.getByRole("textbox", { name: "Prompt" }).textContent;

describe("the prompt editor always shows the composer's document", () => {
  // First in the file on purpose: the editor's code has not been loaded by any earlier test yet.
  it("a recipe loaded while the editor's code is still loading is what the editor shows once it is there", async () => {
    window.localStorage.setItem(
      "o1studio.draft.v3",
      JSON.stringify({ draftId: "draft-old-0001", doc: [{ kind: "text", text: "old words" }] }),
    );
    const { composer } = renderSection();
    expect(screen.queryByRole("textbox", { name: "Prompt" })).toBeNull();
    act(() => {
      composer.commands.loadRecipe(recipe("<<<image_2>>> chases <<<image_1>>>", ["cat.jpg", "dog.jpg"]));
    });
    expect(await screen.findByRole("textbox", { name: "Prompt" })).toBeTruthy();
    // Chips are Lexical decorators: React renders them in the commit after the editor's own.
    await waitFor(() => expect(chipNames()).toEqual(["image 2: dog.jpg", "image 1: cat.jpg"]));
    expect(text()).not.toContain("old words");
    expect(text()).toContain("chases");
  });

  it("a mounted editor follows a remix, its Undo, and an image removed with its chips, in the same render", async () => {
    const { composer, editor } = renderSection();
    const shown = () => editor.current?.getDocument();
    const stored = () => composer.store.getState().draft.doc;
    await screen.findByRole("textbox", { name: "Prompt" });
    let undo: (() => void) | undefined;
    act(() => {
      composer.commands.loadRecipe(recipe("First <<<image_1>>>", ["one.jpg"]));
    });
    act(() => {
      undo = composer.commands.loadRecipe(recipe("<<<image_1>>> then <<<image_2>>>", ["a.jpg", "b.jpg"])).undo;
    });
    expect(chipNames()).toEqual(["image 1: a.jpg", "image 2: b.jpg"]);
    expect(shown()).toEqual(stored());

    const [first] = composer.store.getState().draft.images;
    act(() => {
      composer.commands.removeImage(first?.id ?? "");
    });
    expect(chipNames()).toEqual(["image 1: b.jpg"]);
    expect(shown()).toEqual([
      { kind: "text", text: " then " },
      { kind: "chip", imageId: expect.any(String) },
    ]);
    expect(shown()).toEqual(stored());

    act(() => undo?.());
    expect(chipNames()).toEqual(["image 1: one.jpg"]);
    expect(shown()).toEqual(stored());
    expect(shown()?.[0]).toEqual({ kind: "text", text: "First " });
  });
});
