/** The node type name of chips in Lexical JSON (clipboard, history, saved editor state). */
export const IMAGE_CHIP_TYPE = "o1-image-chip";

/** The tray and the editor share one drag payload type. */
export { IMAGE_ID_MIME } from "@/lib/images/drag-data";
export const LEXICAL_CLIPBOARD_MIME = "application/x-lexical-editor";

/** Lexical namespace of the prompt editor; clipboard JSON from other namespaces is treated as plain text. */
export const PROMPT_EDITOR_NAMESPACE = "o1-prompt";
