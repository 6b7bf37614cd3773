"use client";

import dynamic from "next/dynamic";
import { useRef } from "react";
import type { PromptEditorHandle } from "@/components/editor";
import { useComposerActions, useComposerContext, useComposerState } from "@/hooks/composer-context";
import { useShareRemix } from "@/hooks/use-share-remix";
import type { UpstreamTarget } from "@/lib/apimart/curl";
import { previewBody, readiness } from "@/lib/composer/readiness";
import { analyzePrompt } from "@/lib/prompt";
import { readyRef } from "@/lib/references/tray-image";
import { settingsSent } from "@/lib/references/video-settings";
import { GenerateBar } from "./generate-bar";
import { PromptSection } from "./prompt-section";
import { PromptWarnings } from "./prompt-warnings";
import { SettingsControls } from "./settings-controls";

// Server-rendered as before, but their code (the tray with react-dropzone, the video panel, the request preview)
// loads beside the page's first-load JS instead of inside it (README, Performance: the studio's budget).
const ImageTray = dynamic(() => import("@/components/tray/image-tray").then((module) => module.ImageTray));
const ReferenceVideo = dynamic(() => import("./reference-video").then((module) => module.ReferenceVideo));
const WirePreview = dynamic(() => import("./wire-preview").then((module) => module.WirePreview));

/**
 * The composer's layout. It holds no state of its own: the draft, tray, video and submit all live in the composer
 * store (ComposerProvider), and every part here renders from it and changes it through its commands.
 */
export function Composer({ upstream }: { upstream: UpstreamTarget }) {
  const state = useComposerState();
  const { composer } = useComposerContext();
  const actions = useComposerActions();
  const editor = useRef<PromptEditorHandle>(null);
  useShareRemix();

  const { draft } = state;
  const refs = draft.images.map((image) => ({ id: image.id, url: readyRef(image)?.upstreamUrl }));
  const ready = readiness(state, composer.limits);
  const body = previewBody(draft);

  return (
    <form
      aria-label="Composer"
      className="space-y-4 rounded-2xl bg-neutral-900/60 p-4 ring-1 ring-neutral-800 sm:p-6"
      onPaste={(event) => actions.handlePaste(event.nativeEvent, event.clipboardData)}
      onSubmit={(event) => {
        event.preventDefault();
        void actions.submit();
      }}
    >
      <ImageTray onInsert={(id) => (editor.current ? editor.current.insertChip(id) : actions.appendChip(id))} />
      <PromptSection editorRef={editor} />
      <ReferenceVideo />
      <PromptWarnings warnings={analyzePrompt(draft.doc, refs)} images={draft.images} />
      <SettingsControls
        sent={settingsSent(draft.settings, draft.video)}
        onChange={actions.changeSettings}
        disabled={state.sending}
      />
      <WirePreview body={body} waitingFor={ready.ready ? undefined : ready.reason} upstream={upstream} />
      {state.alert ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          {state.alert}
        </p>
      ) : null}
      <GenerateBar usingSimulator={upstream.usingSimulator} />
    </form>
  );
}
