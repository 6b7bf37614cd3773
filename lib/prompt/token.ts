/** The one form we write: exactly what APIMart documents. */
export function imageToken(position: number): string {
  return `<<<image_${position}>>>`;
}

/**
 * What we accept when reading (remix, paste): optional spaces inside the brackets, any letter case. Digits are capped
 * so a runaway number stays plain text instead of becoming a position nobody can have.
 */
export const LIBERAL_TOKEN = /<<<[ \t]*image_(\d{1,9})[ \t]*>>>/gi;

/** Every token position in a wire prompt, in order. */
export function tokenPositions(prompt: string): number[] {
  return [...prompt.matchAll(LIBERAL_TOKEN)].map((match) => Number(match[1]));
}

/** The prompt with every token replaced (share page descriptions, file names); read as liberally as `parseWire`. */
export function replaceTokens(prompt: string, replacement: (position: number) => string): string {
  return prompt.replace(LIBERAL_TOKEN, (_token, digits: string) => replacement(Number(digits)));
}
