import { $generateJSONFromSelectedNodes } from "@lexical/clipboard";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import {
  $addUpdateTag,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  type BaseSelection,
  COMMAND_PRIORITY_HIGH,
  COPY_COMMAND,
  CUT_COMMAND,
  CUT_TAG,
  DRAGSTART_COMMAND,
  type LexicalEditor,
  mergeRegister,
  PASTE_COMMAND,
  PASTE_TAG,
} from "lexical";
import { useEffect } from "react";
import type { PromptDoc } from "@/lib/prompt/types";
import { toWire } from "@/lib/prompt/wire";
import type { TrayImage } from "@/lib/references/tray-image";
import { LEXICAL_CLIPBOARD_MIME, PROMPT_EDITOR_NAMESPACE } from "./chip-type";
import { $createDocNodes } from "./editor-document";
import { $insertInlineNodes, $insertWireText, unknownTokensMessage } from "./insert-chips";
import { docFromSerializedNodes } from "./serialized-doc";

type Props = {
  getImages: () => readonly TrayImage[];
  onPasteIssues?: (message: string) => void;
};

function $selectedContent(editor: LexicalEditor, selection: BaseSelection) {
  const json = $generateJSONFromSelectedNodes(editor, selection);
  return { json: { namespace: PROMPT_EDITOR_NAMESPACE, nodes: json.nodes }, doc: docFromSerializedNodes(json.nodes) };
}

/**
 * Copy writes two formats: Lexical JSON (chips keep their image identity when pasted back into a prompt editor) and
 * plain text in wire form (`<<<image_N>>>` by the current tray order), which other apps and a plain-text paste read.
 * Paste prefers the JSON, then reads plain text, turning valid tokens into chips.
 */
export function ClipboardPlugin({ getImages, onPasteIssues }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const writeSelection = (data: DataTransfer): boolean => {
      const selection = $getSelection();
      if (!($isRangeSelection(selection) || $isNodeSelection(selection)) || selection.isCollapsed()) return false;
      const { json, doc } = $selectedContent(editor, selection);
      data.setData("text/plain", toWire(doc, getImages()).prompt);
      data.setData(LEXICAL_CLIPBOARD_MIME, JSON.stringify(json));
      return true;
    };

    const reportMissing = (doc: PromptDoc) => {
      const present = new Set(getImages().map((image) => image.id));
      const missing = doc.filter((s) => s.kind === "chip" && !present.has(s.imageId)).length;
      if (missing > 0) {
        onPasteIssues?.(
          missing === 1
            ? "A pasted chip refers to an image that is no longer in the tray; it is marked as missing."
            : `${missing} pasted chips refer to images that are no longer in the tray; they are marked as missing.`,
        );
      }
    };

    const pasteFrom = (data: DataTransfer): boolean => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const json = data.getData(LEXICAL_CLIPBOARD_MIME);
      if (json) {
        try {
          const payload: unknown = JSON.parse(json);
          if (
            typeof payload === "object" &&
            payload !== null &&
            "namespace" in payload &&
            payload.namespace === PROMPT_EDITOR_NAMESPACE &&
            "nodes" in payload
          ) {
            const doc = docFromSerializedNodes(payload.nodes);
            $insertInlineNodes($createDocNodes(doc), selection);
            reportMissing(doc);
            return true;
          }
        } catch {
          // Not our JSON after all: fall back to the plain text below.
        }
      }
      const text = data.getData("text/plain") || data.getData("text/uri-list");
      const images = getImages();
      const unknown = $insertWireText(
        text,
        images.map((image) => image.id),
        selection,
      );
      const message = unknownTokensMessage(unknown, images.length);
      if (message) onPasteIssues?.(message);
      return true;
    };

    return mergeRegister(
      editor.registerCommand(
        COPY_COMMAND,
        (event) => {
          // A KeyboardEvent payload is Lexical's own Ctrl+C handling; the native copy event with clipboardData follows.
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          if (!writeSelection(event.clipboardData)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        CUT_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          if (!writeSelection(event.clipboardData)) return false;
          event.preventDefault();
          // Command listeners already run inside an update; the tag makes the cut its own undo step.
          $addUpdateTag(CUT_TAG);
          const selection = $getSelection();
          if ($isRangeSelection(selection)) selection.removeText();
          else if ($isNodeSelection(selection)) {
            for (const node of selection.getNodes()) node.remove();
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          const data = event.clipboardData;
          // Files (a screenshot, a photo) are the tray's business, not text.
          if (data.files.length > 0 && !data.getData("text/plain")) return false;
          if (!$isRangeSelection($getSelection())) return false;
          event.preventDefault();
          // PASTE_TAG: history treats a paste as one step, separate from the typing before it.
          $addUpdateTag(PASTE_TAG);
          return pasteFrom(data);
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DRAGSTART_COMMAND,
        (event) => {
          // Dragging selected text inside the editor: the browser's own text/plain would turn chips into their
          // badge digits. Put the wire form there instead; the token transform turns it back into chips on drop.
          if (event.dataTransfer) writeSelection(event.dataTransfer);
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, getImages, onPasteIssues]);

  return null;
}
