"use client";

import { type InitialConfigType, LexicalComposer } from "@lexical/react/LexicalComposer";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { HistoryPlugin } from "@lexical/react/LexicalHistoryPlugin";
import { PlainTextPlugin } from "@lexical/react/LexicalPlainTextPlugin";
import { type Ref, useCallback, useEffect, useId, useMemo, useRef } from "react";
import type { PromptDoc } from "@/lib/prompt/types";
import type { ImageRef } from "@/lib/references/image-ref";
import type { TrayImage } from "@/lib/references/tray-image";
import { PROMPT_EDITOR_NAMESPACE } from "./chip-type";
import { ClipboardPlugin } from "./clipboard-plugin";
import { DocChangePlugin } from "./doc-change-plugin";
import { DropPlugin } from "./drop-plugin";
import { $writePromptDoc } from "./editor-document";
import { HandlePlugin, type PromptEditorHandle } from "./handle-plugin";
import { ImageChipNode } from "./image-chip-node";
import { KeyboardPlugin } from "./keyboard-plugin";
import { MentionMenuPlugin } from "./mention-menu-plugin";
import { RecallPlugin } from "./recall-plugin";
import { shortcutsHint } from "./shortcuts";
import { registerTokenToChipTransform } from "./token-transform";
import { TrayImagesContext, trayImagesValue } from "./tray-images-context";

export type PromptEditorProps = {
  /** Current tray order: chip numbers and thumbnails come from here. */
  images: TrayImage[];
  /** Content at mount only; later changes go through the handle's setDocument. */
  initialDocument?: PromptDoc;
  onChange: (doc: PromptDoc) => void;
  /** The tray adds the files (as placeholders) and returns their new ids synchronously; chips go where they were dropped. */
  onFilesDropped?: (files: File[]) => string[];
  /** A library image dropped in: the tray adds it and returns its id (undefined when full); its chip goes there. */
  onLibraryImageDropped?: (image: ImageRef) => string | undefined;
  /** Ctrl/Cmd+Enter. */
  onSubmitShortcut?: () => void;
  /** E.g. "<<<image_5>>> was pasted but there is no image 5 …". */
  onPasteIssues?: (message: string) => void;
  placeholder?: string;
  /** Accessible name of the text box; default "Prompt". */
  ariaLabel?: string;
  /** ↑ in an empty prompt: bring back the last sent one. */
  onRecallLast?: () => void;
  /** Take focus (caret at the end) and scroll into view once mounted. */
  autoFocus?: boolean;
  ref?: Ref<PromptEditorHandle>;
};

export type { PromptEditorHandle };

function TokenTransformPlugin({ getImages }: { getImages: () => readonly TrayImage[] }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => registerTokenToChipTransform(editor, () => getImages().map((image) => image.id)),
    [editor, getImages],
  );
  return null;
}

function FocusOnMountPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // "nearest": beside the feed the composer is sticky and already in view; centring it scrolled the whole page
    // down the feed (the sticky column follows), leaving the new take's row outside the windowed gallery.
    editor.focus(() => editor.getRootElement()?.scrollIntoView({ block: "nearest" }), { defaultSelection: "rootEnd" });
  }, [editor]);
  return null;
}

/**
 * The prompt editor: plain text plus inline image chips bound to tray image ids. Client-only (load it with
 * `next/dynamic` and `ssr: false`): Lexical renders nothing meaningful on the server and would break hydration.
 */
export function PromptEditor({
  images,
  initialDocument,
  onChange,
  onFilesDropped,
  onLibraryImageDropped,
  onSubmitShortcut,
  onPasteIssues,
  placeholder = "Describe the video. Type @ to mention an image.",
  ariaLabel = "Prompt",
  autoFocus = false,
  onRecallLast,
  ref,
}: PromptEditorProps) {
  const hintId = useId();

  // Command handlers are registered once; they read the tray through this ref so they always see the current order.
  const imagesRef = useRef<readonly TrayImage[]>(images);
  useEffect(() => {
    imagesRef.current = images;
  }, [images]);
  const getImages = useCallback(() => imagesRef.current, []);

  const tray = useMemo(() => trayImagesValue(images), [images]);

  // Read once: LexicalComposer ignores later changes to its initial config.
  const initialConfig = useRef<InitialConfigType>({
    namespace: PROMPT_EDITOR_NAMESPACE,
    nodes: [ImageChipNode],
    onError(error) {
      // Lexical reports broken invariants here; surfacing them beats silently losing text.
      console.error(error);
    },
    editorState: initialDocument ? () => $writePromptDoc(initialDocument) : undefined,
  }).current;

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <TrayImagesContext.Provider value={tray}>
        <div className="relative">
          <PlainTextPlugin
            contentEditable={
              <ContentEditable
                ariaLabel={ariaLabel}
                ariaMultiline
                ariaDescribedBy={hintId}
                ariaAutoComplete="list"
                spellCheck
                className="min-h-32 w-full whitespace-pre-wrap break-words rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 text-sm leading-7 text-neutral-100 outline-none focus:border-sky-500 focus:ring-1 focus:ring-sky-500"
              />
            }
            placeholder={
              <div className="pointer-events-none absolute left-3 top-2 select-none text-sm leading-7 text-neutral-400">
                {placeholder}
              </div>
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <p id={hintId} className="sr-only">
          {shortcutsHint(onSubmitShortcut !== undefined)}
        </p>
        <HistoryPlugin />
        <DocChangePlugin onChange={onChange} />
        <TokenTransformPlugin getImages={getImages} />
        <MentionMenuPlugin images={images} />
        <KeyboardPlugin getImages={getImages} onSubmitShortcut={onSubmitShortcut} />
        <ClipboardPlugin getImages={getImages} onPasteIssues={onPasteIssues} />
        <DropPlugin onFilesDropped={onFilesDropped} onLibraryImageDropped={onLibraryImageDropped} />
        <HandlePlugin handleRef={ref} />
        {onRecallLast ? <RecallPlugin onRecall={onRecallLast} /> : null}
        {autoFocus ? <FocusOnMountPlugin /> : null}
      </TrayImagesContext.Provider>
    </LexicalComposer>
  );
}
