export { PromptEditor, type PromptEditorHandle, type PromptEditorProps } from "./prompt-editor";
export { PROMPT_EDITOR_SHORTCUTS_TEXT, MAX_SHORTCUT_IMAGE } from "./shortcuts";
export { IMAGE_ID_MIME } from "./chip-type";
