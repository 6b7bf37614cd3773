export { analyzePrompt } from "./analyze";
export { cleanText } from "./clean-text";
export { sameDoc, withChipAppended, withoutChipsFor } from "./edit-doc";
export { chipImageIds, normalizeDoc } from "./normalize";
export { type ParsedWire, parseWire } from "./parse-wire";
export { imageToken, replaceTokens, tokenPositions } from "./token";
export type { PromptDoc, PromptImageRef, PromptSegment, PromptWarning } from "./types";
export { toWire, type WirePrompt, wireLength } from "./wire";
