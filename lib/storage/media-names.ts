/**
 * What the media store holds, by kind: `videos` (results), `posters` (result and reference-video frames),
 * `images` (reference images), `references` (reference videos creators uploaded, public so APIMart can fetch
 * them). Pure: the browser and every storage implementation use the same names.
 */
export const mediaKinds = ["videos", "posters", "images", "references"] as const;
export type MediaKind = (typeof mediaKinds)[number];

/**
 * A name that may be stored and served: one plain stem and one known media extension. Temporary and partial
 * files (`x.mp4.part`, `.checking-x.mp4`, `x.4821.part`) never match, so they are never handed out.
 */
const servable = /^[A-Za-z0-9][A-Za-z0-9_-]{0,200}\.(mp4|mov|jpg|jpeg|png|webp|gif)$/;

export function isServableName(name: string): boolean {
  return servable.test(name);
}

const contentTypes: Record<string, string> = {
  mp4: "video/mp4",
  mov: "video/quicktime",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
};

export function contentTypeOf(name: string): string {
  return contentTypes[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** The app's own URL path for a stored file (relative, so it works behind any host). */
export function mediaUrl(kind: MediaKind, name: string): string {
  return `/media/${kind}/${encodeURIComponent(name)}`;
}

/** The stored name behind one of the app's own media URLs (absolute or relative), if it is one. */
export function mediaNameOf(url: string, kind: MediaKind): string | undefined {
  const match = new RegExp(`/media/${kind}/([^/?#]+)(?:[?#].*)?$`).exec(url);
  if (!match?.[1]) return undefined;
  try {
    const name = decodeURIComponent(match[1]);
    return isServableName(name) ? name : undefined;
  } catch {
    return undefined;
  }
}
