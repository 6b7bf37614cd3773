"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useComposerActions } from "@/hooks/composer-context";

// Opened on demand: its code loads after first paint, not in the studio's first-load JS.
const DraftsDialog = dynamic(() => import("./drafts-dialog").then((module) => module.DraftsDialog), { ssr: false });
const HistoryDialog = dynamic(() => import("./history-dialog").then((module) => module.HistoryDialog), { ssr: false });

/** The composer's "Drafts" and "History" buttons: a sent prompt comes back through the composer's remix (with Undo). */
export function PromptHistory() {
  const actions = useComposerActions();
  const [open, setOpen] = useState(false);
  const [drafts, setDrafts] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setDrafts(true)}
        className="rounded-md bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      >
        Drafts
      </button>
      {drafts ? <DraftsDialog onClose={() => setDrafts(false)} /> : null}
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="ArrowUp"
        title="Sent prompts (↑ in an empty prompt recalls the last one)"
        onClick={() => setOpen(true)}
        className="rounded-md bg-neutral-800 px-2 py-1 text-xs text-neutral-100 hover:bg-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
      >
        History
      </button>
      {open ? (
        <HistoryDialog
          onClose={() => setOpen(false)}
          onPick={(entry) => {
            setOpen(false);
            actions.remix(entry);
          }}
        />
      ) : null}
    </>
  );
}
