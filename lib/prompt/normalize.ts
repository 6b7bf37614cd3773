import { cleanText } from "./clean-text";
import type { PromptDoc, PromptSegment } from "./types";

/**
 * The canonical form of a doc: invisible characters removed (see `cleanText`), adjacent text segments merged,
 * empty text segments dropped. Two docs that send the same request and mean the same chips normalise equally.
 */
export function normalizeDoc(doc: ReadonlyArray<PromptSegment>): PromptDoc {
  const out: PromptDoc = [];
  for (const segment of doc) {
    if (segment.kind === "chip") {
      out.push({ kind: "chip", imageId: segment.imageId });
      continue;
    }
    const text = cleanText(segment.text);
    if (text === "") continue;
    const last = out[out.length - 1];
    if (last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + text };
    else out.push({ kind: "text", text });
  }
  return out;
}

/** The image ids the doc's chips name, in order of first appearance. */
export function chipImageIds(doc: ReadonlyArray<PromptSegment>): string[] {
  const seen = new Set<string>();
  for (const segment of doc) if (segment.kind === "chip") seen.add(segment.imageId);
  return [...seen];
}
