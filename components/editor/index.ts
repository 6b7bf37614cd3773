export { IMAGE_ID_MIME } from "./chip-type";
export { PromptEditor, type PromptEditorHandle, type PromptEditorProps } from "./prompt-editor";
export { MAX_SHORTCUT_IMAGE, PROMPT_EDITOR_SHORTCUTS_TEXT } from "./shortcuts";
