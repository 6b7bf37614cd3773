// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_EXCEPT_LINE_BREAKS_AND_TABS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Removes control characters, which break log lines, file names and upstream prompts. Multi-line text (a
 * prompt) keeps its tabs and line breaks; single-line text (a name) loses them too. `replacement` lets a
 * message keep its word boundaries.
 */
export function stripControlCharacters(text: string, options: { multiline?: boolean; replacement?: string } = {}) {
  return text.replace(options.multiline ? CONTROL_EXCEPT_LINE_BREAKS_AND_TABS : CONTROL, options.replacement ?? "");
}
