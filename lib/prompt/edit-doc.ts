import { normalizeDoc } from "./normalize";
import type { PromptDoc, PromptSegment } from "./types";

/** Changes made to a document outside the editor (the composer then hands the editor the result). */

/** The doc without any chip of `imageId`, and how many chips that removed. */
export function withoutChipsFor(
  doc: ReadonlyArray<PromptSegment>,
  imageId: string,
): { doc: PromptDoc; removed: number } {
  const removed = doc.filter((segment) => segment.kind === "chip" && segment.imageId === imageId).length;
  if (removed === 0) return { doc: [...doc], removed };
  return {
    doc: normalizeDoc(doc.filter((segment) => segment.kind !== "chip" || segment.imageId !== imageId)),
    removed,
  };
}

/** A chip at the end, as the editor does when it never had a caret. */
export function withChipAppended(doc: ReadonlyArray<PromptSegment>, imageId: string): PromptDoc {
  return normalizeDoc([...doc, { kind: "chip", imageId }]);
}

export function sameDoc(a: ReadonlyArray<PromptSegment>, b: ReadonlyArray<PromptSegment>): boolean {
  if (a.length !== b.length) return false;
  return a.every((segment, index) => {
    const other = b[index];
    if (!other || other.kind !== segment.kind) return false;
    return segment.kind === "chip"
      ? other.kind === "chip" && other.imageId === segment.imageId
      : other.kind === "text" && other.text === segment.text;
  });
}
