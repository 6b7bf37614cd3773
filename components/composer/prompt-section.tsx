"use client";

import type { Ref } from "react";
import { useCallback } from "react";
import { useCapabilities } from "@/components/capabilities";
import type { PromptEditorHandle } from "@/components/editor";
import { PromptHistory } from "@/components/history/prompt-history";
import { lastSent } from "@/components/history/use-history";
import { useAddLibraryImage } from "@/components/library/use-add-library-image";
import { useToast } from "@/components/ui/toaster";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import { wireLength } from "@/lib/prompt";
import { readyRef } from "@/lib/references/tray-image";
import { PromptField, PromptFieldLookAlike } from "./prompt-field";

const PLACEHOLDER = "A slow dolly shot through a neon-lit alley in the rain… Type @ to mention an image.";

/**
 * The prompt editor, built from the composer's document. It is keyed by the document revision: when the document
 * is replaced from outside (a restored draft, a remix, its Undo), a new editor is built from the new document in
 * the same render that shows the new tray, counter and preview. There is no "set the editor's content later" step
 * that could be missed while the editor's code is still loading.
 */
export function PromptSection({ editorRef }: { editorRef: Ref<PromptEditorHandle> }) {
  const { hydrated, draft, docRevision, editorFocus } = useComposerState();
  const actions = useComposerActions();
  const toast = useToast();
  const addLibraryImage = useAddLibraryImage();
  const { promptLimit } = useCapabilities();
  const recallLast = useCallback(() => {
    void lastSent().then((entry) => {
      if (entry) actions.remix(entry);
      else toast({ message: "Nothing sent yet: there is no prompt to bring back.", tone: "info" });
    });
  }, [actions, toast]);
  if (!hydrated) {
    return <PromptFieldLookAlike limit={promptLimit} placeholder={PLACEHOLDER} />;
  }
  const refs = draft.images.map((image) => ({ id: image.id, url: readyRef(image)?.upstreamUrl }));
  return (
    <PromptField
      key={docRevision}
      ref={editorRef}
      length={wireLength(draft.doc, refs)}
      limit={promptLimit}
      images={draft.images}
      initialDocument={draft.doc}
      autoFocus={editorFocus === docRevision}
      onChange={(doc) => actions.editDoc(doc, docRevision)}
      onFilesDropped={actions.addFiles}
      onLibraryImageDropped={addLibraryImage}
      onSubmitShortcut={() => void actions.submit()}
      onPasteIssues={(message) => toast({ message, tone: "error" })}
      tools={<PromptHistory />}
      onRecallLast={recallLast}
      placeholder={PLACEHOLDER}
    />
  );
}
