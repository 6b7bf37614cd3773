/** Highest image number with an Alt shortcut (the model takes at most 7 reference images). */
export const MAX_SHORTCUT_IMAGE = 7;

const MENTION_HINT = "Type @ to mention an image. Alt+1 to Alt+7 (Option on Mac) insert image 1 to 7.";
const SUBMIT_HINT = "Ctrl+Enter or Cmd+Enter generates.";

/** Human-readable keyboard help for the editor (its aria-describedby hint); reuse it in visible help. */
export const PROMPT_EDITOR_SHORTCUTS_TEXT = `${MENTION_HINT} ${SUBMIT_HINT}`;

export function shortcutsHint(withSubmit: boolean): string {
  return withSubmit ? PROMPT_EDITOR_SHORTCUTS_TEXT : MENTION_HINT;
}

/** Alt+N (N = 1..7) by physical key, so it works on macOS where Option+digit types a symbol. */
export function shortcutImageNumber(event: KeyboardEvent): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (!match) return null;
  const n = Number(match[1]);
  return n <= MAX_SHORTCUT_IMAGE ? n : null;
}

export function isSubmitShortcut(event: KeyboardEvent): boolean {
  return event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Keys pressed while an IME is composing belong to the IME. */
export function isComposingEvent(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** Home/End, and Cmd+Left/Right on macOS: the keys that move to the start or end of the visual line. */
export function lineBoundaryKey(event: KeyboardEvent): "start" | "end" | null {
  if (event.altKey || event.ctrlKey) return null;
  if (!event.metaKey && event.key === "Home") return "start";
  if (!event.metaKey && event.key === "End") return "end";
  if (event.metaKey && event.key === "ArrowLeft") return "start";
  if (event.metaKey && event.key === "ArrowRight") return "end";
  return null;
}
