import { normalizeDoc } from "@/lib/prompt/normalize";
import type { PromptDoc, PromptSegment } from "@/lib/prompt/types";
import { IMAGE_CHIP_TYPE } from "./chip-type";

/** The parts of Lexical's serialized node JSON we read; anything else is ignored. */
type SerializedLike = { type?: unknown; text?: unknown; imageId?: unknown; children?: unknown };

function isObject(value: unknown): value is SerializedLike {
  return typeof value === "object" && value !== null;
}

/**
 * Converts the node JSON of Lexical's clipboard format (`$generateJSONFromSelectedNodes(...).nodes`) to a PromptDoc.
 * Going through the doc rather than inserting the nodes as they are keeps pasted content plain: top-level blocks
 * become newlines and unknown node types contribute only their text.
 */
export function docFromSerializedNodes(nodes: unknown): PromptDoc {
  const segments: PromptSegment[] = [];
  const visit = (node: unknown) => {
    if (!isObject(node)) return;
    if (node.type === IMAGE_CHIP_TYPE) {
      if (typeof node.imageId === "string" && node.imageId !== "")
        segments.push({ kind: "chip", imageId: node.imageId });
      return;
    }
    if (node.type === "linebreak") segments.push({ kind: "text", text: "\n" });
    else if (typeof node.text === "string") segments.push({ kind: "text", text: node.text });
    if (Array.isArray(node.children)) node.children.forEach(visit);
  };
  if (Array.isArray(nodes)) {
    nodes.forEach((node, index) => {
      const isBlock = isObject(node) && Array.isArray(node.children);
      if (index > 0 && isBlock) segments.push({ kind: "text", text: "\n" });
      visit(node);
    });
  }
  return normalizeDoc(segments);
}
