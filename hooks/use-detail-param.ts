"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useRef } from "react";

const PARAM = "video";

function urlWith(id: string | null): string {
  const params = new URLSearchParams(window.location.search);
  if (id) params.set(PARAM, id);
  else params.delete(PARAM);
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ""}`;
}

/**
 * The open detail view lives in the URL (`/?video=<id>`), so a reload reopens it and Back closes it. Opening
 * pushes one history entry; moving between results replaces it (Back still closes in one step); closing goes
 * back when this page pushed the entry, and otherwise (a reload or a pasted link) drops the parameter.
 */
export function useDetailParam() {
  const openId = useSearchParams().get(PARAM);
  const pushed = useRef(false);
  const open = useCallback((id: string) => {
    window.history.pushState(null, "", urlWith(id));
    pushed.current = true;
  }, []);
  const show = useCallback((id: string) => window.history.replaceState(null, "", urlWith(id)), []);
  const close = useCallback(() => {
    if (pushed.current) {
      pushed.current = false;
      window.history.back();
    } else window.history.replaceState(null, "", urlWith(null));
  }, []);
  return { openId, open, show, close };
}
