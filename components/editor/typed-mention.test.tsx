import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $isTextNode,
  createEditor,
  type LexicalEditor,
  type TextNode,
} from "lexical";
import { describe, expect, it } from "vitest";
import { $takeTypedMention } from "./typed-mention";

/** The paragraph "text" with the caret at its end, split the way a (possibly stale) typeahead match would. */
function typed(text: string, splitFrom: number | null): { editor: LexicalEditor; split: () => TextNode | null } {
  const editor = createEditor({
    onError: (error) => {
      throw error;
    },
  });
  let key: string | null = null;
  editor.update(
    () => {
      const whole = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(whole));
      whole.select(text.length, text.length);
      if (splitFrom === null) return;
      const parts = whole.splitText(splitFrom, text.length);
      key = (splitFrom === 0 ? parts[0] : parts[1])?.getKey() ?? null;
    },
    { discrete: true },
  );
  return { editor, split: () => (key ? $getNodeByKey<TextNode>(key) : null) };
}

function take(text: string, splitFrom: number | null): { taken: string | null; left: string } {
  const { editor, split } = typed(text, splitFrom);
  let taken: string | null = null;
  editor.update(
    () => {
      const node = $takeTypedMention(split());
      taken = node ? node.getTextContent() : null;
      node?.remove();
    },
    { discrete: true },
  );
  const left = editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .filter($isTextNode)
      .map((n) => n.getTextContent())
      .join(""),
  );
  return { taken, left };
}

describe("$takeTypedMention", () => {
  const text = "Open on then @red-car";
  const at = text.indexOf("@");
  it("takes the whole query when the split was right", () => {
    expect(take(text, at)).toEqual({ taken: "@red-car", left: "Open on then " });
  });
  it("takes the whole query when a stale match split off only its first characters", () => {
    expect(take(text, text.length - 1)).toEqual({ taken: "@red-car", left: "Open on then " });
  });
  it("leaves the text before the @ when a stale match was longer than the query", () => {
    expect(take(text, at - 3)).toEqual({ taken: "@red-car", left: "Open on then " });
  });
  it("finds the query at the caret when nothing was split, and at the start of the text", () => {
    expect(take("@sky", null)).toEqual({ taken: "@sky", left: "" });
    expect(take("(@sky", 0)).toEqual({ taken: "@sky", left: "(" });
  });
  it("takes nothing when there is no @query before the caret", () => {
    expect(take("an e-mail a@b", null)).toEqual({ taken: null, left: "an e-mail a@b" });
  });
});
