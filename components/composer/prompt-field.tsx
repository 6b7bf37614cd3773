"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { PromptEditorProps } from "@/components/editor";

// Lexical rendered on the server breaks hydration: the editor exists only in the browser.
const PromptEditor = dynamic(() => import("@/components/editor").then((module) => module.PromptEditor), {
  ssr: false,
  loading: () => (
    <div className="h-32 animate-pulse rounded-xl bg-neutral-950 ring-1 ring-neutral-800" aria-hidden="true" />
  ),
});

export function PromptField({
  length,
  limit,
  tools,
  ...editor
}: PromptEditorProps & {
  length: number;
  limit: number /** Buttons beside the label (History). */;
  tools?: ReactNode;
}) {
  const over = length > limit;
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between">
        <span className="flex items-center gap-2">
          <span className="text-sm font-medium text-neutral-200">Prompt</span>
          {tools}
        </span>
        <span className={`text-xs tabular-nums ${over ? "text-red-400" : "text-neutral-500"}`} aria-live="polite">
          {length} / {limit}
        </span>
      </div>
      <PromptEditor {...editor} />
    </div>
  );
}
