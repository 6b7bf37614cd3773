import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setSelection,
  type LexicalNode,
} from "lexical";
import { normalizeDoc } from "@/lib/prompt/normalize";
import type { PromptDoc, PromptSegment } from "@/lib/prompt/types";
import { $createImageChipNode, $isImageChipNode, type ImageChipNode } from "./image-chip-node";

/**
 * The PromptDoc the editor currently holds. Paragraphs (which only appear if content was pasted as blocks) and
 * line breaks both read as "\n", so the wire text is what the creator sees.
 */
export function $readPromptDoc(): PromptDoc {
  const segments: PromptSegment[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") segments.push({ kind: "text", text });
    text = "";
  };
  const visit = (node: LexicalNode) => {
    if ($isImageChipNode(node)) {
      flush();
      segments.push({ kind: "chip", imageId: node.getImageId() });
    } else if ($isLineBreakNode(node)) {
      text += "\n";
    } else if ($isTextNode(node)) {
      text += node.getTextContent();
    } else if ($isElementNode(node)) {
      node.getChildren().forEach(visit);
    } else if ($isDecoratorNode(node)) {
      text += node.getTextContent();
    }
  };
  $getRoot()
    .getChildren()
    .forEach((block, index) => {
      if (index > 0) text += "\n";
      visit(block);
    });
  flush();
  return normalizeDoc(segments);
}

/** Inline nodes for a piece of plain text: newlines become line breaks and tabs tab nodes, as typing would. */
export function $createTextNodes(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  for (const part of text.split(/(\r\n|\r|\n|\t)/)) {
    if (part === "") continue;
    if (part === "\t") nodes.push($createTabNode());
    else if (part === "\n" || part === "\r" || part === "\r\n") nodes.push($createLineBreakNode());
    else nodes.push($createTextNode(part));
  }
  return nodes;
}

export function $createDocNodes(doc: ReadonlyArray<PromptSegment>): LexicalNode[] {
  return normalizeDoc(doc).flatMap((segment) =>
    segment.kind === "chip" ? [$createImageChipNode(segment.imageId)] : $createTextNodes(segment.text),
  );
}

/** Replaces the whole content with `doc` in a single paragraph. Leaves no selection (callers decide focus). */
export function $writePromptDoc(doc: ReadonlyArray<PromptSegment>): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  paragraph.append(...$createDocNodes(doc));
  root.append(paragraph);
  $setSelection(null);
}

export function $chipNodes(): ImageChipNode[] {
  const chips: ImageChipNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isImageChipNode(node)) chips.push(node);
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return chips;
}

/** Removes every chip of `imageId`; returns how many were removed. */
export function $removeChipsFor(imageId: string): number {
  const chips = $chipNodes().filter((chip) => chip.getImageId() === imageId);
  for (const chip of chips) chip.remove();
  return chips.length;
}
