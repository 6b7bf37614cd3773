import { normalizeDoc } from "./normalize";
import { LIBERAL_TOKEN } from "./token";
import type { PromptDoc } from "./types";

export type ParsedWire = {
  doc: PromptDoc;
  /** Positions of tokens that name no image (0, or past the last one), each listed once, in order of appearance. */
  unknownTokens: number[];
};

/**
 * Reads a wire prompt back into chips (remix, paste). `imageIds` is the order the numbers refer to: for a stored
 * recipe, its image order; for a paste, the tray order at the moment of pasting. Tokens outside 1..imageIds.length
 * stay text, exactly as written, and are reported.
 */
export function parseWire(prompt: string, imageIds: ReadonlyArray<string>): ParsedWire {
  const doc: PromptDoc = [];
  const unknown: number[] = [];
  let last = 0;
  for (const match of prompt.matchAll(LIBERAL_TOKEN)) {
    const position = Number(match[1]);
    const imageId = position >= 1 ? imageIds[position - 1] : undefined;
    if (imageId === undefined) {
      if (!unknown.includes(position)) unknown.push(position);
      continue;
    }
    doc.push({ kind: "text", text: prompt.slice(last, match.index) });
    doc.push({ kind: "chip", imageId });
    last = match.index + match[0].length;
  }
  doc.push({ kind: "text", text: prompt.slice(last) });
  return { doc: normalizeDoc(doc), unknownTokens: unknown };
}
