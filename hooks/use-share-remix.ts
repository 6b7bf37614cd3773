"use client";

import { useEffect } from "react";
import { useComposerActions, useComposerState } from "./composer-context";

/** "Remix in O1 Studio" on a share page arrives as ?remix=<slug>: load that recipe once the draft is read. */
export function useShareRemix(): void {
  const { hydrated } = useComposerState();
  const actions = useComposerActions();
  useEffect(() => {
    if (!hydrated) return;
    const slug = new URLSearchParams(window.location.search).get("remix");
    if (!slug) return;
    window.history.replaceState(null, "", window.location.pathname);
    void actions.sharedRecipe(slug).then((result) => {
      if (result.ok) actions.remix(result.data);
      else actions.alert(result.error.message);
    });
  }, [hydrated, actions]);
}
