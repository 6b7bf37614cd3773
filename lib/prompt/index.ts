export { analyzePrompt } from "./analyze";
export { cleanText } from "./clean-text";
export { shellQuote, toCurl } from "./curl";
export { chipImageIds, normalizeDoc } from "./normalize";
export { type ParsedWire, parseWire } from "./parse-wire";
export { imageToken, tokenPositions } from "./token";
export type { PromptDoc, PromptImageRef, PromptSegment, PromptWarning } from "./types";
export { toWire, type WirePrompt, wireLength } from "./wire";
