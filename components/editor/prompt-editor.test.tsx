// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { createRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PromptDoc } from "@/lib/prompt/types";
import type { TrayImage } from "@/lib/references/tray-image";
import { PromptEditor, type PromptEditorHandle } from "./prompt-editor";

const image = (id: string, name: string): TrayImage => ({
  id,
  name,
  localPreviewUrl: `data:image/gif;base64,R0lGODlhAQABAAAAACw=#${id}`,
  status: "ready",
  progress: 100,
});
const beach = image("beach", "beach.jpg");
const dog = image("dog", "dog.png");

afterEach(cleanup);

const doc: PromptDoc = [
  { kind: "chip", imageId: "dog" },
  { kind: "text", text: " runs on " },
  { kind: "chip", imageId: "beach" },
];

describe("PromptEditor", () => {
  it("is a labelled multiline text box with a keyboard hint", () => {
    render(<PromptEditor images={[]} onChange={() => {}} />);
    const box = screen.getByRole("textbox", { name: "Prompt" });
    expect(box.getAttribute("aria-multiline")).toBe("true");
    const hint = document.getElementById(box.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toMatch(/Alt\+1/);
  });

  it("shows each chip's current number and name, and follows a reorder without touching the doc", async () => {
    const onChange = vi.fn();
    const { rerender } = render(<PromptEditor images={[beach, dog]} initialDocument={doc} onChange={onChange} />);
    expect(await screen.findByRole("img", { name: "image 2: dog.png" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "image 1: beach.jpg" })).toBeTruthy();

    rerender(<PromptEditor images={[dog, beach]} initialDocument={doc} onChange={onChange} />);
    expect(await screen.findByRole("img", { name: "image 1: dog.png" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "image 2: beach.jpg" })).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it("flags a chip whose image left the tray", async () => {
    const { rerender } = render(<PromptEditor images={[beach, dog]} initialDocument={doc} onChange={() => {}} />);
    await screen.findByRole("img", { name: "image 2: dog.png" });
    rerender(<PromptEditor images={[beach]} initialDocument={doc} onChange={() => {}} />);
    expect(await screen.findByRole("img", { name: "missing image" })).toBeTruthy();
  });

  it("exposes the handle and reports content changes through onChange", async () => {
    const onChange = vi.fn();
    const ref = createRef<PromptEditorHandle>();
    render(<PromptEditor ref={ref} images={[beach, dog]} onChange={onChange} />);
    await act(async () => {
      ref.current?.setDocument(doc);
    });
    expect(ref.current?.getDocument()).toEqual(doc);
    expect(onChange).toHaveBeenLastCalledWith(doc);
    await act(async () => {
      expect(ref.current?.removeChipsFor("dog")).toBe(1);
    });
    expect(onChange).toHaveBeenLastCalledWith([
      { kind: "text", text: " runs on " },
      { kind: "chip", imageId: "beach" },
    ]);
    expect(screen.queryByRole("img", { name: /dog/ })).toBeNull();
  });
});
