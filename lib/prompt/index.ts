export type { PromptDoc, PromptImageRef, PromptSegment, PromptWarning } from "./types";
export { cleanText } from "./clean-text";
export { chipImageIds, normalizeDoc } from "./normalize";
export { imageToken, tokenPositions } from "./token";
export { toWire, wireLength, type WirePrompt } from "./wire";
export { parseWire, type ParsedWire } from "./parse-wire";
export { analyzePrompt } from "./analyze";
export { shellQuote, toCurl } from "./curl";
