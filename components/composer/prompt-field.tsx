"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { PromptEditorProps } from "@/components/editor";
import { PromptLookAlike } from "./prompt-look-alike";

// Lexical rendered on the server breaks hydration: the editor exists only in the browser.
const PromptEditor = dynamic(() => import("@/components/editor").then((module) => module.PromptEditor), {
  ssr: false,
});

/** The editor's own default, when the composer does not pass one. */
const DEFAULT_PLACEHOLDER = "Describe the video. Type @ to mention an image.";

function PromptLabel({ length, limit, tools }: { length: number; limit: number; tools?: ReactNode }) {
  const over = length > limit;
  return (
    <div className="mb-1.5 flex items-baseline justify-between">
      <span className="flex items-center gap-2">
        <span className="text-sm font-medium text-neutral-200">Prompt</span>
        {tools}
      </span>
      <span className={`text-xs tabular-nums ${over ? "text-red-400" : "text-neutral-400"}`} aria-live="polite">
        {length} / {limit}
      </span>
    </div>
  );
}

/** Before the draft is read (and on the server): the field as it will look, so first paint is the real layout. */
export function PromptFieldLookAlike({ limit, placeholder }: { limit: number; placeholder?: string }) {
  return (
    <div>
      <PromptLabel length={0} limit={limit} />
      <PromptLookAlike placeholder={placeholder ?? DEFAULT_PLACEHOLDER} />
    </div>
  );
}

export function PromptField({
  length,
  limit,
  tools,
  ...editor
}: PromptEditorProps & {
  length: number;
  limit: number;
  /** Buttons beside the label (History). */
  tools?: ReactNode;
}) {
  return (
    <div>
      <PromptLabel length={length} limit={limit} tools={tools} />
      <div>
        <PromptEditor {...editor} />
        <PromptLookAlike placeholder={editor.placeholder ?? DEFAULT_PLACEHOLDER} />
      </div>
    </div>
  );
}
