/**
 * Characters that must never reach the wire prompt: they are invisible in the editor, so the creator cannot see or
 * delete them, yet the model would receive them. Lexical itself inserts U+200B (and a no-break space on Safari and
 * Firefox) around IME composition next to non-text nodes such as chips.
 *
 * U+200D (zero-width joiner) is the one exception, and only between two pictographs: there it is not invisible but
 * glues an emoji sequence such as 👩‍🚀 into one glyph, and removing it would change what the creator wrote.
 */
const ALWAYS_INVISIBLE = /[\u200B\u200C\u2060\uFEFF]/g;
const JOINER = /\u200D/g;
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?$/u;
const PICTOGRAPH_AFTER = /^\p{Extended_Pictographic}/u;

/** Lexical's composition placeholder on Safari/Firefox; sent as a plain space so the wire holds only plain text. */
const NO_BREAK_SPACE = /\u00A0/g;

export function cleanText(text: string): string {
  if (!/[\u200B-\u200D\u2060\uFEFF\u00A0]/.test(text)) return text;
  const withoutInvisible = text.replace(ALWAYS_INVISIBLE, "").replace(NO_BREAK_SPACE, " ");
  return withoutInvisible.replace(JOINER, (joiner, offset: number, whole: string) =>
    PICTOGRAPH_BEFORE.test(whole.slice(0, offset)) && PICTOGRAPH_AFTER.test(whole.slice(offset + joiner.length))
      ? joiner
      : "",
  );
}
