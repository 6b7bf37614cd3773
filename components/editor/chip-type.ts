/** The node type name of chips in Lexical JSON (clipboard, history, saved editor state). */
export const IMAGE_CHIP_TYPE = "o1-image-chip";

/** Clipboard and drag MIME types. */
export const IMAGE_ID_MIME = "application/x-o1-image-id";
export const LEXICAL_CLIPBOARD_MIME = "application/x-lexical-editor";

/** Lexical namespace of the prompt editor; clipboard JSON from other namespaces is treated as plain text. */
export const PROMPT_EDITOR_NAMESPACE = "o1-prompt";
