import type { FileKind, FileStore } from "./file-store";
import { safeDecode } from "./http";
import type { LocalLookup, ResolveLocal } from "./media-sources";

export const filePathPattern = /^\/f\/(image|video)\/([^/]+)$/;

export function parseFilePath(pathname: string): { kind: FileKind; name: string } | null {
  const match = filePathPattern.exec(pathname);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const name = safeDecode(match[2]);
  if (name === null) return null;
  return { kind: match[1] === "image" ? "image" : "video", name };
}

/** Origins under which the simulator's own files may be referenced in `image_urls` / `video_url`. */
export function ownOrigins(listenUrl: string, publicUrl: string): Set<string> {
  const port = new URL(listenUrl).port;
  const origins = new Set([new URL(publicUrl).origin, new URL(listenUrl).origin]);
  for (const alias of ["127.0.0.1", "localhost", "[::1]"]) origins.add(`http://${alias}:${port}`);
  return origins;
}

/**
 * Own files are read from disk: the public URL may not be reachable from the simulator itself
 * (e.g. behind a tunnel), and expiry must apply exactly as it does over HTTP.
 */
export function localResolver(files: FileStore, origins: () => Set<string>): ResolveLocal {
  return async (raw: string): Promise<LocalLookup> => {
    if (!URL.canParse(raw)) return { kind: "remote" };
    const url = new URL(raw);
    const file = parseFilePath(url.pathname);
    if (file === null || !origins().has(url.origin)) return { kind: "remote" };
    const found = await files.lookup(file.kind, file.name, Date.now());
    return found.kind === "file" ? { kind: "local", path: found.path } : { kind: "missing" };
  };
}
