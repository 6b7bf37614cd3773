import type { MediaKind } from "./paths";

/** The app's own URL path for a stored file (relative, so it works behind any host). Pure: the browser may use it. */
export function mediaUrl(kind: MediaKind, name: string): string {
  return `/media/${kind}/${encodeURIComponent(name)}`;
}
